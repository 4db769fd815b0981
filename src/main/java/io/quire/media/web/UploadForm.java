package io.quire.media.web;

import io.quire.core.domain.InvalidInput;
import io.quire.media.AssetText;
import io.quire.media.FileTooLarge;
import io.quire.media.Upload;
import io.quire.media.internal.StagedUpload;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.MultipartStream;
import org.apache.tomcat.util.http.fileupload.UploadContext;

/**
 * An upload's form, parsed here as it streams in rather than by the container: the container's multipart limits
 * are those of the largest upload the application takes (export files for imports), so a chunked body without
 * {@code Content-Length} would be read to the end of that limit before the media library saw its size. Read
 * here, the file part is refused as {@link FileTooLarge} as soon as more than the limit has arrived, and is
 * staged in the media work folder (deleted on {@link #close()}), never held in the heap.
 */
record UploadForm(Upload file, AssetText text) implements AutoCloseable {

    private static final Set<String> TEXT_FIELDS = Set.of("alt", "caption", "credit");

    /** Far more than any text field may hold: what is longer is refused unread. */
    private static final int MAX_TEXT_BYTES = 64 * 1024;

    static UploadForm read(HttpServletRequest request, Path work, long maxFileSize) throws IOException {
        Map<String, String> text = new HashMap<>();
        StagedUpload staged = null;
        String filename = null;
        try {
            FileItemIterator parts = new FileUpload().getItemIterator(new Body(request));
            while (parts.hasNext()) {
                FileItemStream part = parts.next();
                try (InputStream in = part.openStream()) {
                    if (!part.isFormField() && "file".equals(part.getFieldName()) && staged == null) {
                        staged = StagedUpload.receive(in, work, maxFileSize);
                        filename = part.getName();
                    } else if (part.isFormField() && TEXT_FIELDS.contains(part.getFieldName())) {
                        text.put(part.getFieldName(), text(in, part.getFieldName()));
                    } else {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
            }
        } catch (FileUploadException | MultipartStream.MalformedStreamException e) {
            close(staged);
            throw new UnreadableForm();
        } catch (IOException | RuntimeException e) {
            close(staged);
            throw e;
        }
        if (staged == null) {
            throw new InvalidInput("file", "is required: send the image as the form part 'file'");
        }
        try {
            return new UploadForm(
                    new StagedFile(filename, staged),
                    new AssetText(text.get("alt"), text.get("caption"), text.get("credit")));
        } catch (RuntimeException e) {
            staged.close();
            throw e;
        }
    }

    private static String text(InputStream in, String field) throws IOException {
        byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
        if (bytes.length > MAX_TEXT_BYTES) {
            throw new InvalidInput(field, "is far too long");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void close(StagedUpload staged) throws IOException {
        if (staged != null) {
            staged.close();
        }
    }

    /** Deletes the staged file. */
    @Override
    public void close() throws IOException {
        ((StagedFile) file).staged().close();
    }

    /** The file part as it was staged: read again from the work folder. */
    private record StagedFile(String filename, StagedUpload staged) implements Upload {

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(staged.file());
        }
    }

    /** The request body through the servlet API, so that the request's own size limit applies while it is read. */
    private record Body(HttpServletRequest request) implements UploadContext {

        @Override
        public String getCharacterEncoding() {
            return request.getCharacterEncoding();
        }

        @Override
        public String getContentType() {
            return request.getContentType();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return request.getInputStream();
        }

        /** -1 for a chunked body. */
        @Override
        public long contentLength() {
            return request.getContentLengthLong();
        }
    }

    /** The body is not the multipart/form-data it declares. */
    static final class UnreadableForm extends InvalidInput {

        UnreadableForm() {
            super("malformed-body", "The multipart/form-data body could not be read.", List.of());
        }
    }
}
