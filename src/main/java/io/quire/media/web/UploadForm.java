package io.quire.media.web;

import io.quire.core.domain.InvalidInput;
import io.quire.media.AssetText;
import io.quire.media.FileTooLarge;
import io.quire.media.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * An upload's form, read when the handler asks for it (multipart bodies are parsed lazily), so that what goes
 * wrong while the container reads it is a domain failure like any other: a file over the limit is
 * {@link FileTooLarge}, a body that is not multipart as it says is unreadable.
 */
record UploadForm(Upload file, AssetText text) {

    static UploadForm read(MultipartHttpServletRequest form, long maxFileSize) {
        try {
            MultipartFile file = form.getFile("file");
            if (file == null) {
                throw new InvalidInput("file", "is required: send the image as the form part 'file'");
            }
            if (file.getSize() > maxFileSize) {
                throw new FileTooLarge(maxFileSize);
            }
            return new UploadForm(
                    new PartUpload(file),
                    new AssetText(form.getParameter("alt"), form.getParameter("caption"), form.getParameter("credit")));
        } catch (MaxUploadSizeExceededException e) {
            throw new FileTooLarge(maxFileSize);
        } catch (MultipartException e) {
            throw new UnreadableForm();
        }
    }

    /** A multipart file part as an upload: the container has spooled it to disk, it is read as a stream. */
    private record PartUpload(MultipartFile part) implements Upload {

        @Override
        public String filename() {
            return part.getOriginalFilename();
        }

        @Override
        public InputStream open() throws IOException {
            return part.getInputStream();
        }
    }

    /** The body is not the multipart/form-data it declares. */
    static final class UnreadableForm extends InvalidInput {

        UnreadableForm() {
            super("malformed-body", "The multipart/form-data body could not be read.", List.of());
        }
    }
}
