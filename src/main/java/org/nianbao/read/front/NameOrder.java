package org.nianbao.read.front;

/**
 * File names in the order a person numbers pages: runs of digits compare by their value, so
 * {@code 第2页.jpg} comes before {@code 第10页.jpg} and {@code IMG_9.jpg} before {@code IMG_10.jpg}.
 */
final class NameOrder {
  private NameOrder() {}

  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int ei = run(a, i);
        int ej = run(b, j);
        String na = strip(a.substring(i, ei));
        String nb = strip(b.substring(j, ej));
        int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  private static int run(String s, int from) {
    int e = from;
    while (e < s.length() && Character.isDigit(s.charAt(e))) {
      e++;
    }
    return e;
  }

  private static String strip(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }
}
