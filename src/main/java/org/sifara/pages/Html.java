package org.sifara.pages;

import java.util.List;

/** HTML building blocks: escaping of every value, the page frame, language-aware text. */
public final class Html {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:62rem;margin:0 auto;padding:0 1rem 3rem;line-height:1.5;color:#1b1b1b}
            header,footer{padding:.6rem 0;border-bottom:1px solid #ddd;font-size:.9rem}footer{border:0;border-top:1px solid #ddd;margin-top:2rem}
            header a,footer a{margin-right:.8rem}a{color:#0b5cad;text-decoration:none}a:hover{text-decoration:underline}
            h1{margin:.8rem 0 0}h2{margin-top:2rem;border-bottom:1px solid #eee}.ar{font-size:1.15rem}
            [dir=rtl]{font-family:'Noto Naskh Arabic','Amiri','Arial',sans-serif}
            table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #f0f0f0}
            th{width:14rem;font-weight:600}code{font-size:.85rem;word-break:break-all}.muted{color:#666;font-size:.85rem}
            blockquote{margin:.5rem 0;padding:.4rem .8rem;border-right:4px solid #c9a227;background:#faf7ee}
            blockquote .ctx{color:#888}.text{white-space:pre-wrap}ul{padding-left:1.2rem}li{margin:.15rem 0}
            """;

    private Html() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A text in its language; Arabic (and other right-to-left languages) get {@code dir="rtl"}. */
    public static String lang(String text, String lang) {
        if (lang == null || lang.isEmpty()) {
            return escape(text);
        }
        String dir = isRightToLeft(lang) ? " dir=\"rtl\"" : "";
        return "<span lang=\"" + escape(lang) + "\"" + dir + ">" + escape(text) + "</span>";
    }

    public static boolean isRightToLeft(String lang) {
        String primary = lang.toLowerCase(java.util.Locale.ROOT).split("-")[0];
        return List.of("ar", "fa", "he", "ur", "ps", "ku", "yi").contains(primary);
    }

    public static String link(String href, String innerHtml) {
        return "<a href=\"" + escape(href) + "\">" + innerHtml + "</a>";
    }

    /** A link to an alternate representation, for the page head. */
    public static String alternate(String type, String href) {
        return "<link rel=\"alternate\" type=\"" + escape(type) + "\" href=\"" + escape(href) + "\">";
    }

    /** The whole page: title, head links, navigation, body, footer. */
    public static String page(String title, String headLinks, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " — Sifara</title>\n" + headLinks + "\n<style>" + STYLE + "</style>\n</head>\n<body>\n"
                + "<header><a href=\"/\"><strong>Sifara</strong> <span lang=\"ar\" dir=\"rtl\">سفارة</span></a>"
                + "<a href=\"/sparql\">SPARQL endpoint</a><a href=\"/queries\">Saved queries</a>"
                + "<a href=\"/ontology\">Ontology</a><a href=\"/.well-known/void\">Dataset description</a></header>\n<main>\n"
                + body + "\n</main>\n<footer>Data licensed under "
                + "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>.</footer>\n</body>\n</html>\n";
    }
}
