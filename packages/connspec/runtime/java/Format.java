import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * JSON Schema `format` on a string, checked as connspec's validator (ajv-formats, "full" mode) checks it:
 * its regular expressions translated to Java's dialect, and its date, time, uri and byte checks ported.
 * `regex` is an approximation: ajv compiles the text as ECMA-262, this compiles it with java.util.regex.
 * A format ajv-formats does not know is not checked.
 */
@Documented
@Constraint(validatedBy = Format.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
public @interface Format {
    /** The format's name, as the schema writes it. */
    String value();

    String message() default "must be a valid {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The checks, by format name. */
    final class Validator implements ConstraintValidator<Format, CharSequence> {
        private static final Map<String, Pattern> PATTERNS = Map.ofEntries(/*connspec:patterns*/);
        private static final Pattern URI = Pattern.compile(/*connspec:uri*/"", Pattern.CASE_INSENSITIVE);
        private static final Pattern NOT_URI_FRAGMENT = Pattern.compile("[/:]");
        private static final Pattern DATE = Pattern.compile("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)");
        private static final Pattern TIME = Pattern.compile("(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)(z|([+-])(\\d\\d)(?::?(\\d\\d))?)?", Pattern.CASE_INSENSITIVE);
        private static final Pattern DATE_TIME_SEPARATOR = Pattern.compile(/*connspec:date-time-separator*/"");
        private static final Pattern BYTE = Pattern.compile("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$", Pattern.MULTILINE);
        private static final Pattern Z_ANCHOR = Pattern.compile("[^\\\\]\\\\Z");
        private static final int[] DAYS = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

        private String format = "";

        @Override
        public void initialize(Format annotation) {
            this.format = annotation.value();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String text = value.toString();
            switch (this.format) {
                case "date":
                    return date(text);
                case "time":
                    return time(text, true);
                case "date-time":
                    return dateTime(text, true);
                case "iso-time":
                    return time(text, false);
                case "iso-date-time":
                    return dateTime(text, false);
                case "uri":
                    return NOT_URI_FRAGMENT.matcher(text).find() && URI.matcher(text).matches();
                case "regex":
                    return regex(text);
                case "byte":
                    return BYTE.matcher(text).find();
                default:
                    Pattern pattern = PATTERNS.get(this.format);
                    return pattern == null || pattern.matcher(text).matches();
            }
        }

        private static boolean date(String text) {
            Matcher m = DATE.matcher(text);
            if (!m.matches()) {
                return false;
            }
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return month >= 1 && month <= 12 && day >= 1 && day <= (month == 2 && leap ? 29 : DAYS[month]);
        }

        private static boolean time(String text, boolean strictZone) {
            Matcher m = TIME.matcher(text);
            if (!m.matches()) {
                return false;
            }
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            double second = Double.parseDouble(m.group(3));
            int sign = "-".equals(m.group(5)) ? -1 : 1;
            int zoneHour = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            int zoneMinute = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
            if (zoneHour > 23 || zoneMinute > 59 || (strictZone && m.group(4) == null)) {
                return false;
            }
            if (hour <= 23 && minute <= 59 && second < 60) {
                return true;
            }
            int utcMinute = minute - zoneMinute * sign;
            int utcHour = hour - zoneHour * sign - (utcMinute < 0 ? 1 : 0);
            return (utcHour == 23 || utcHour == -1) && (utcMinute == 59 || utcMinute == -1) && second < 61;
        }

        private static boolean dateTime(String text, boolean strictZone) {
            String[] parts = DATE_TIME_SEPARATOR.split(text, -1);
            return parts.length == 2 && date(parts[0]) && time(parts[1], strictZone);
        }

        private static boolean regex(String text) {
            if (Z_ANCHOR.matcher(text).find()) {
                return false;
            }
            try {
                Pattern.compile(text);
                return true;
            } catch (PatternSyntaxException e) {
                return false;
            }
        }
    }
}
