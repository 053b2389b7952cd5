package vn.coop.sangtao.platform.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes text down the pages of one PDF: centred or left-aligned, wrapped to the width, on a new
 * page when the page is full. One embedded TrueType font does everything: Liberation Sans, which
 * PDFBox ships inside its jar and which has every Vietnamese letter (the 14 standard PDF fonts have
 * none of ă, ơ, ư, đ or the stacked tone marks). Only the glyphs used are embedded (a subset), so a
 * certificate stays small. Bold is the outline stroked over the fill, italic a slanted matrix: the
 * same font, so that no letter can be missing from one style and not another. PDFBox is an optional
 * dependency of the platform: a service that prints declares it.
 */
public final class PdfPages implements AutoCloseable {

    public static final PDRectangle PORTRAIT = PDRectangle.A4;
    public static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    public enum Style { REGULAR, BOLD, ITALIC }

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float LEADING = 1.35f;
    private static final float ITALIC_SLANT = 0.2f;
    private static final float[] INK = {0.1f, 0.1f, 0.1f};
    private static final float[] ACCENT = {0.62f, 0.07f, 0.07f};

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDRectangle size;
    private PDPageContentStream content;
    private float y;

    public PdfPages(String title, String author, Calendar created) {
        try (InputStream in = PdfPages.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + FONT);
            }
            font = PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(printableText(title));
        info.setAuthor(printableText(author));
        info.setCreator("Sangtao");
        info.setCreationDate(created);
    }

    /** Starts a page of {@code pageSize}; with {@code framed}, a double border as certificates have. */
    public void newPage(PDRectangle pageSize, boolean framed) {
        try {
            closePage();
            size = pageSize;
            PDPage page = new PDPage(pageSize);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = pageSize.getHeight() - MARGIN;
            if (framed) {
                frame();
                y -= 24;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each line of {@code text} centred on the page, wrapped to its width. */
    public void centred(String text, float fontSize, Style style, boolean accent) {
        float left = MARGIN;
        float width = size.getWidth() - 2 * MARGIN;
        for (String line : wrap(text, fontSize, width)) {
            advance(fontSize);
            show(line, left + (width - width(line, fontSize)) / 2, fontSize, style, accent);
        }
    }

    /** Left-aligned text wrapped to the width; {@code indent} shifts every line, {@code hanging} all but the first. */
    public void paragraph(String text, float fontSize, Style style, float indent, float hanging) {
        float width = size.getWidth() - 2 * MARGIN - indent;
        boolean first = true;
        for (String raw : printableText(text).split("\n")) {
            List<String> lines = wrap(raw, fontSize, width - hanging);
            for (String line : lines) {
                advance(fontSize);
                show(line, MARGIN + indent + (first ? 0 : hanging), fontSize, style, false);
                first = false;
            }
        }
    }

    /**
     * Two blocks side by side, each centred in its half of the page, as the heading of a Vietnamese
     * official letter puts the issuer on the left and the national motto on the right.
     */
    public void twoColumns(List<String> left, List<String> right, float fontSize, Style style) {
        float half = (size.getWidth() - 2 * MARGIN) / 2;
        List<String> leftLines = new ArrayList<>();
        left.forEach(text -> leftLines.addAll(wrap(text, fontSize, half - 12)));
        List<String> rightLines = new ArrayList<>();
        right.forEach(text -> rightLines.addAll(wrap(text, fontSize, half - 12)));
        for (int i = 0; i < Math.max(leftLines.size(), rightLines.size()); i++) {
            advance(fontSize);
            if (i < leftLines.size()) {
                String line = leftLines.get(i);
                show(line, MARGIN + (half - width(line, fontSize)) / 2, fontSize, style, false);
            }
            if (i < rightLines.size()) {
                String line = rightLines.get(i);
                show(line, MARGIN + half + (half - width(line, fontSize)) / 2, fontSize, style, false);
            }
        }
    }

    /** Lines centred in the right half of the page, where a signature block stands. */
    public void rightBlock(String text, float fontSize, Style style) {
        float half = (size.getWidth() - 2 * MARGIN) / 2;
        for (String line : wrap(text, fontSize, half)) {
            advance(fontSize);
            show(line, MARGIN + half + (half - width(line, fontSize)) / 2, fontSize, style, false);
        }
    }

    /** One line at the foot of the current page, inside a frame, whatever has been written above it. */
    public void footer(String text, float fontSize) {
        show(printableText(text), MARGIN, MARGIN - fontSize, fontSize, Style.REGULAR, false);
    }

    public void space(float points) {
        y -= points;
    }

    public byte[] toBytes() {
        try {
            closePage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closePage();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void advance(float fontSize) {
        float line = fontSize * LEADING;
        if (y - line < MARGIN) {
            newPage(size, false);
        }
        y -= line;
    }

    private void show(String line, float x, float fontSize, Style style, boolean accent) {
        show(line, x, y, fontSize, style, accent);
    }

    private void show(String line, float x, float baseline, float fontSize, Style style, boolean accent) {
        try {
            float[] color = accent ? ACCENT : INK;
            content.beginText();
            content.setFont(font, fontSize);
            content.setNonStrokingColor(color[0], color[1], color[2]);
            content.setStrokingColor(color[0], color[1], color[2]);
            content.setRenderingMode(style == Style.BOLD ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            content.setLineWidth(fontSize * 0.035f);
            content.setTextMatrix(new Matrix(1, 0, style == Style.ITALIC ? ITALIC_SLANT : 0, 1, x, baseline));
            content.showText(line);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void frame() throws IOException {
        content.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
        content.setLineWidth(2.5f);
        content.addRect(28, 28, size.getWidth() - 56, size.getHeight() - 56);
        content.stroke();
        content.setLineWidth(0.8f);
        content.addRect(34, 34, size.getWidth() - 68, size.getHeight() - 68);
        content.stroke();
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** Words that fit {@code width}; a word longer than a whole line is broken where it must be. */
    private List<String> wrap(String text, float fontSize, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printableText(text).trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, fontSize) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (int cp : word.codePoints().toArray()) {
                if (!line.isEmpty() && width(line + Character.toString(cp), fontSize) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, float fontSize) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text with tabs as spaces and every character the font cannot show (an emoji in a title,
     * a control character) as "?", so that no user's text can make the document fail.
     */
    private String printableText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t' || cp == '\r') {
                out.append(' ');
            } else {
                out.appendCodePoint(printable.computeIfAbsent(cp, this::hasGlyph) ? cp : '?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return false;
        }
    }
}
