package io.quire.transfer.wordpress;

import javax.xml.stream.XMLStreamException;

/** A WordPress export that cannot be read on: not XML, not WXR, refused (a DTD), or cut short. */
final class WxrException extends Exception {

    static final String DTD_REFUSED = "dtd-refused";

    private final String type;

    WxrException(String type, String message) {
        super(message);
        this.type = type;
    }

    /** The problem type: {@code not-xml}, {@code not-wxr}, {@code dtd-refused} or {@code truncated}. */
    String type() {
        return type;
    }

    static WxrException of(XMLStreamException e) {
        String where = e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNumber() + ", column "
                        + e.getLocation().getColumnNumber() + ")";
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("must start and end within the same entity")
                || message.contains("end of file")
                || message.contains("Premature end")) {
            return new WxrException(
                    "truncated", "The file ends in the middle of the export" + where + ": it is cut short.");
        }
        if (message.contains(DTD_REFUSED)
                || message.contains("DOCTYPE")
                || message.contains("was referenced, but not declared")) {
            return new WxrException(
                    DTD_REFUSED,
                    "The file declares a document type or uses entities" + where
                            + ": a WordPress export has neither, and they are refused (they can read files or "
                            + "expand without bound).");
        }
        return new WxrException("not-xml", "The file is not well-formed XML" + where + ".");
    }
}
