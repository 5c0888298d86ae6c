package dev.agentry.codec;

import java.util.regex.Pattern;

import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Jackson's minimal quoting, plus quotes for every text that a YAML reader could take for a number or a date:
 * {@code "123"}, {@code "1e3"}, {@code ".inf"}, {@code "0x1F"}, {@code "2026-01-01"}. Without them such a text reads
 * back as a number ({@code MINIMIZE_QUOTES} leaves {@code 1e3} and {@code .inf} bare even with
 * {@code ALWAYS_QUOTE_NUMBERS_AS_STRINGS}), or as a number or a date in another tool that reads the file.
 */
final class YamlQuoting extends StringQuotingChecker.Default {

    private static final long serialVersionUID = 1L;

    /**
     * A sign, then a digit or a dot followed by a digit (every number and date of YAML 1.1 and 1.2 starts so), or the
     * special floats. Quoting a little more than needed ("1st") costs nothing.
     */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?(\\.?[0-9].*|\\.(inf|Inf|INF|nan|NaN|NAN))",
            Pattern.DOTALL);

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || NUMBER_LIKE.matcher(value).matches();
    }
}
