package dev.agentry.support;

/** The line-ending rule for every text agentry reads: LF only, no byte order mark. */
public final class Text {

    private Text() {
    }

    /** Converts CRLF and CR line endings to LF and drops a leading byte order mark. */
    public static String normalize(String text) {
        String result = text;
        if (!result.isEmpty() && result.charAt(0) == '\uFEFF') {
            result = result.substring(1);
        }
        if (result.indexOf('\r') >= 0) {
            result = result.replace("\r\n", "\n").replace('\r', '\n');
        }
        return result;
    }
}
