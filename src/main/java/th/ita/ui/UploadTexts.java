package th.ita.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/**
 * The Upload component's own texts ("Upload File...", "Drop file here", its errors) in the user's language from the
 * {@code upload.*} messages: without them a Thai screen shows Vaadin's English.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component component, long maxMegabytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(component.getTranslation("upload.addFile"))
                .setMany(component.getTranslation("upload.addFiles")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(component.getTranslation("upload.dropFile"))
                .setMany(component.getTranslation("upload.dropFiles")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(component.getTranslation("upload.tooBig", maxMegabytes))
                .setIncorrectFileType(component.getTranslation("upload.wrongType"))
                .setTooManyFiles(component.getTranslation("upload.tooMany")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(component.getTranslation("upload.connecting"))
                        .setHeld(component.getTranslation("upload.held"))
                        .setProcessing(component.getTranslation("upload.processing"))
                        .setStalled(component.getTranslation("upload.stalled")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(component.getTranslation("upload.remaining"))
                        .setUnknown(component.getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(component.getTranslation("upload.serverUnavailable"))
                        .setUnexpectedServerError(component.getTranslation("upload.serverError"))
                        .setForbidden(component.getTranslation("upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        return i18n;
    }
}
