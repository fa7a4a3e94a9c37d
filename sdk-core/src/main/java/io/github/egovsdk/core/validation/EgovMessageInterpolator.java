package io.github.egovsdk.core.validation;

import jakarta.validation.MessageInterpolator;
import java.lang.reflect.Array;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The SDK's own message interpolator: resolves {@code {key}} from the SDK's namespaced bundle
 * ({@code io/github/egovsdk/core/validation/EgovValidationMessages[_vi].properties}), then from the constraint's
 * attributes ({@code {min}}, {@code {max}}, {@code {regexp}}, {@code {value}}).
 *
 * <p>Why its own: the application keeps its {@code ValidationMessages.properties} (the SDK neither reads nor replaces
 * it), and no Jakarta EL implementation is needed — {@code ${...}} expressions are left as written (the SDK's messages
 * use none). It works with any Jakarta Validation 3.x provider (Hibernate Validator 8 and 9, a Jakarta EE
 * container's validator). Unknown keys stay as {@code {key}}; {@code \{}, {@code \}}, {@code \$} and {@code \\}
 * escape as the specification says. Immutable and thread-safe.
 */
public final class EgovMessageInterpolator implements MessageInterpolator {
    /** The SDK's bundle base name, out of the classpath root on purpose. */
    public static final String BUNDLE = "io.github.egovsdk.core.validation.EgovValidationMessages";

    private static final int MAX_DEPTH = 5;

    private final Locale locale;
    private final ResourceBundle bundle;

    /** Messages in {@code locale} (Vietnamese for {@code vi}, English otherwise). */
    public EgovMessageInterpolator(Locale locale) {
        this.locale = "vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
        this.bundle = bundle(this.locale);
    }

    /** The language of the messages: {@code vi} or {@code en}. */
    public Locale locale() {
        return locale;
    }

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, locale);
    }

    /** Always in the locale given at construction: the SDK chooses the language, not the provider. */
    @Override
    public String interpolate(String template, Context context, Locale ignored) {
        Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
        return resolve(template, bundle, attributes, 0);
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(
                    BUNDLE,
                    locale,
                    EgovMessageInterpolator.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The SDK's validation bundle " + BUNDLE + " is missing from sdk-core", e);
        }
    }

    private static String resolve(String template, ResourceBundle bundle, Map<String, Object> attributes, int depth) {
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length() && "{}$\\".indexOf(template.charAt(i + 1)) >= 0) {
                out.append(template.charAt(i + 1));
                i += 2;
                continue;
            }
            int end = c == '{' ? closing(template, i) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = template.substring(i + 1, end);
            out.append(parameter(name, template.substring(i, end + 1), bundle, attributes, depth));
            i = end + 1;
        }
        return out.toString();
    }

    /** The index of the '}' closing the '{' at {@code start}, or -1 (nested or unclosed braces are text). */
    private static int closing(String template, int start) {
        for (int j = start + 1; j < template.length(); j++) {
            char c = template.charAt(j);
            if (c == '}') {
                return j;
            }
            if (c == '{' || c == '\\') {
                return -1;
            }
        }
        return -1;
    }

    private static String parameter(
            String name, String literal, ResourceBundle bundle, Map<String, Object> attributes, int depth) {
        if (bundle.containsKey(name) && depth < MAX_DEPTH) {
            return resolve(bundle.getString(name), bundle, attributes, depth + 1);
        }
        if (attributes.containsKey(name)) {
            return text(attributes.get(name));
        }
        return literal;
    }

    private static String text(Object value) {
        if (value != null && value.getClass().isArray()) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < Array.getLength(value); k++) {
                b.append(k == 0 ? "" : ", ").append(Array.get(value, k));
            }
            return b.toString();
        }
        return String.valueOf(value);
    }
}
