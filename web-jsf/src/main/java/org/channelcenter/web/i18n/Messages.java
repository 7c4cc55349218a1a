package org.channelcenter.web.i18n;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.regex.Pattern;

/**
 * Localized Faces messages from the {@code msg} bundle, in the language of the current view. Serializable,
 * so view-scoped pages can hold it; the FacesContext it uses is a request-scoped proxy.
 * <p>
 * The bundles' one rule (issue 16, defect 6; {@code BundleTextTest} keeps it): a value is a {@link MessageFormat}
 * pattern exactly when it has a placeholder ({@link #isPattern}); only then are its apostrophes doubled, and it is
 * always formatted, with or without arguments. Any other value is shown as written.
 */
@Dependent
public class Messages implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    @Inject
    FacesContext faces;

    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        } catch (MissingResourceException e) {
            pattern = "???" + key + "???";
        }
        return isPattern(pattern)
                ? new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments)
                : pattern;
    }

    /** Whether a bundle value is a message pattern: it has a placeholder such as {@code {0}}. */
    public static boolean isPattern(String value) {
        return PLACEHOLDER.matcher(value).find();
    }

    /** An error shown next to the component with that client id (or at the top for null). */
    public void errorAt(String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public void info(String key, Object... arguments) {
        String text = text(key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
