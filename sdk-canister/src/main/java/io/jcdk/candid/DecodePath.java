package io.jcdk.candid;

/**
 * Where the decoder is, for error messages ({@code argument 1, record field "path", vec element 3}). Kept as parallel
 * arrays and rendered only when an error is reported, so that tracking it costs no allocation per value.
 */
final class DecodePath {
    static final int ARGUMENT = 0;
    static final int FIELD = 1;
    static final int CASE = 2;
    static final int ELEMENT = 3;
    static final int OPTION = 4;

    private int[] kinds = new int[32];
    private long[] numbers = new long[32];
    private Object[] labels = new Object[32];
    private int size;

    void push(int kind, long number, Object label) {
        if (size == kinds.length) {
            grow();
        }
        kinds[size] = kind;
        numbers[size] = number;
        labels[size] = label;
        size++;
    }

    // synchronized: never inlined by TeaVM (see Msg)
    private synchronized void grow() {
        {
            int cap = size * 2;
            int[] k = new int[cap];
            long[] n = new long[cap];
            Object[] l = new Object[cap];
            System.arraycopy(kinds, 0, k, 0, size);
            System.arraycopy(numbers, 0, n, 0, size);
            System.arraycopy(labels, 0, l, 0, size);
            kinds = k;
            numbers = n;
            labels = l;
        }
    }

    void pop() {
        size--;
        labels[size] = null;
    }

    int depth() {
        return size;
    }

    void truncate(int depth) {
        while (size > depth) {
            pop();
        }
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) {
            String name = labels[i] instanceof IdlField ? ((IdlField) labels[i]).name() : null;
            appendStep(sb, kinds[i], numbers[i], name);
        }
        return sb.toString();
    }

    /**
     * Appends one step of a path ({@code argument 1}, {@code record field "path"}, {@code variant case 3},
     * {@code vec element 0}, {@code opt value}), after a comma if {@code sb} has steps already. The encoder's path and
     * {@link CandidReader}'s both render through here.
     *
     * @param number the argument index, field or case id (negative: a record not yet at a field), or element index
     * @param name the field or case name, or null
     */
    static void appendStep(StringBuilder sb, int kind, long number, String name) {
        if (sb.length() > 0) {
            sb.append(", ");
        }
        switch (kind) {
            case ARGUMENT:
                sb.append("argument ").append(number + 1);
                break;
            case FIELD:
            case CASE:
                if (number < 0) {
                    sb.append("record");
                } else {
                    sb.append(kind == FIELD ? "record field " : "variant case ");
                    if (name != null) {
                        Names.appendQuoted(sb, name);
                    } else {
                        sb.append(number);
                    }
                }
                break;
            case ELEMENT:
                sb.append("vec element ").append(number);
                break;
            default:
                sb.append("opt value");
        }
    }
}
