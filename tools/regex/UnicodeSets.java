import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The code points java.util.regex puts in \p{...}. Usage: java UnicodeSets.java JAVA_BODY...; prints {"body": [[first, last], ...]} (surrogates left out). */
public final class UnicodeSets {
  public static void main(String[] args) {
    List<String> entries = new ArrayList<>();
    for (String body : args) {
      Pattern pattern = Pattern.compile("\\p{" + body + "}");
      List<String> ranges = new ArrayList<>();
      int start = -1;
      for (int cp = 0; cp <= 0x110000; cp++) {
        boolean in = cp < 0x110000 && (cp < 0xD800 || cp > 0xDFFF) && pattern.matcher(new String(Character.toChars(cp))).matches();
        if (in && start < 0) start = cp;
        if (!in && start >= 0) {
          ranges.add("[" + start + "," + (cp - 1) + "]");
          start = -1;
        }
      }
      entries.add("\"" + body + "\":[" + String.join(",", ranges) + "]");
    }
    System.out.println("{" + String.join(",", entries) + "}");
  }
}
