package dev.uapi.spi;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A page a module brings for people who sign in: static files (HTML, CSS, JavaScript, images) inside the
 * module's jar, which the host serves to signed-in sessions under
 * {@code /cpsess<token>/pages/<Module>/<file>} and links from its home page. The page's script calls the
 * module's functions with the session, at {@code ../../execute/<Module>/<function>}, and may use the host's
 * style sheet at {@code ../../static/uapi.css}.
 *
 * <pre>{@code
 * new WebPage("Two-Factor Authentication", "Protect your sign-in with a code from an app.",
 *         TwoFactorAuthPlugin.class, "dev/uapi/twofactor/web", "index.html")
 * }</pre>
 *
 * <p>Only files directly in {@code resourceDirectory} are served, with names of
 * {@code [A-Za-z0-9_-]+.(html|css|js|png|svg)}; the host sets a content security policy that allows scripts,
 * styles and images from the server itself only (and {@code data:} images).
 *
 * @param title the link text on the home page
 * @param description one sentence under the link
 * @param owner a class of the module, whose class loader has the files
 * @param resourceDirectory the files' directory inside the jar, such as {@code dev/uapi/twofactor/web}
 * @param entry the file the home page links to, such as {@code index.html}
 */
public record WebPage(String title, String description, Class<?> owner, String resourceDirectory, String entry) {

    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_-]+\\.(html|css|js|png|svg)");
    private static final Pattern DIRECTORY = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

    /** Checks for nulls and the forms of the directory and the entry. */
    public WebPage {
        requireNonNull(title, "title is null");
        requireNonNull(description, "description is null");
        requireNonNull(owner, "owner is null");
        requireNonNull(resourceDirectory, "resourceDirectory is null");
        requireNonNull(entry, "entry is null");
        if (!DIRECTORY.matcher(resourceDirectory).matches()) {
            throw new IllegalArgumentException("resourceDirectory must be a/b/c without a leading slash: "
                    + resourceDirectory);
        }
        if (!isServable(entry)) {
            throw new IllegalArgumentException("entry must be a file name of [A-Za-z0-9_-]+ and .html, .css, .js,"
                    + " .png or .svg: " + entry);
        }
    }

    /** Whether a file name is one the host serves. */
    public static boolean isServable(String fileName) {
        return fileName != null && FILE.matcher(fileName).matches();
    }
}
