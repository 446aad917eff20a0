package io.jcdk.canister.internal.jdk;

/**
 * {@code java.util.StringJoiner}, which TeaVM's class library lacks: {@code META-INF/teavm.properties} maps that
 * class name to this class when TeaVM compiles a canister.
 */
public final class StringJoinerImpl {
    private final String prefix;
    private final String delimiter;
    private final String suffix;
    private StringBuilder value;
    private String emptyValue;

    public StringJoinerImpl(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    public StringJoinerImpl(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        if (delimiter == null || prefix == null || suffix == null) {
            throw new NullPointerException();
        }
        this.prefix = prefix.toString();
        this.delimiter = delimiter.toString();
        this.suffix = suffix.toString();
    }

    public StringJoinerImpl setEmptyValue(CharSequence emptyValue) {
        if (emptyValue == null) {
            throw new NullPointerException("The empty value must not be null");
        }
        this.emptyValue = emptyValue.toString();
        return this;
    }

    public StringJoinerImpl add(CharSequence element) {
        if (value == null) {
            value = new StringBuilder().append(prefix);
        } else {
            value.append(delimiter);
        }
        value.append(element);
        return this;
    }

    public StringJoinerImpl merge(StringJoinerImpl other) {
        if (other.value != null) {
            String content = other.value.substring(other.prefix.length());
            if (value == null) {
                value = new StringBuilder().append(prefix);
            } else {
                value.append(delimiter);
            }
            value.append(content);
        }
        return this;
    }

    public int length() {
        return value == null ? (emptyValue != null ? emptyValue.length() : prefix.length() + suffix.length())
                : value.length() + suffix.length();
    }

    @Override
    public String toString() {
        if (value == null) {
            return emptyValue != null ? emptyValue : prefix + suffix;
        }
        return value.toString() + suffix;
    }
}
