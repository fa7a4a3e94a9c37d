package io.github.egovsdk.cli;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place where an exception becomes what a user reads (thông báo lỗi): a {@link UserError} with a stable code,
 * the contract's exit code and English and Vietnamese text with no parser jargon, printed on stderr in the
 * {@code --lang} language, and — with {@code --json} — also as one JSON object on stdout:
 * <pre>{"error": {"code": "FILE_NOT_FOUND", "exitCode": 2, "message": "...", "en": "...", "vi": "..."}}</pre>
 */
final class CliErrors {
    /** Woodstox / JDK StAX locations: "[row,col {unknown-source}]: [1,5]", "ParseError at [row,col]:[1,5]". */
    private static final Pattern ROW_COL = Pattern.compile(
            "(?:ParseError )?(?:at )?\\[row,col(?: \\{[^}]*\\})?\\]:\\s*\\[(\\d+),(\\d+)\\]\\s*(?:Message:\\s*)?");
    /** The SDK's own wording for a missing input file. */
    private static final Pattern NO_SUCH_FILE = Pattern.compile("(?i)(?:no such file|file not found)[:\\s]+(.+)");

    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưĂÂĐÊÔƠƯạ-ỹàáảãèéẻẽìíỉĩòóỏõùúủũỳýỷỹ]");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\{unknown-source\\}|\\s*\\(?unknown source\\)?");

    private CliErrors() {}

    /** Any exception raised while a command ran. */
    static UserError of(Throwable e) {
        if (e instanceof UserError u) {
            return u;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof NoSuchFileException || c instanceof FileNotFoundException) {
                String f = fileName(c);
                return new UserError(
                        "FILE_NOT_FOUND", EgovCli.USAGE, "File not found: " + f, "Không tìm thấy tệp: " + f, e);
            }
            if (c instanceof AccessDeniedException) {
                String f = fileName(c);
                return new UserError(
                        "FILE_UNREADABLE",
                        EgovCli.USAGE,
                        "No permission to read or write " + f,
                        "Không có quyền đọc hoặc ghi " + f,
                        e);
            }
            if (c instanceof DateTimeParseException d) {
                var explained = Dates.explain(d.getParsedString());
                if (explained.isPresent()) {
                    return explained.get();
                }
            }
        }
        String en = clean(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        var missing = NO_SUCH_FILE.matcher(en);
        if (missing.matches()) {
            return new UserError(
                    "FILE_NOT_FOUND",
                    EgovCli.USAGE,
                    "File not found: " + missing.group(1),
                    "Không tìm thấy tệp: " + missing.group(1),
                    e);
        }
        if (e instanceof ValidationException v && !v.violations().isEmpty()) {
            StringBuilder vi = new StringBuilder("Dữ liệu không hợp lệ:");
            v.violations().forEach(x -> vi.append(" ")
                    .append(x.propertyPath())
                    .append(": ")
                    .append(x.message())
                    .append(";"));
            return new UserError("VALIDATION", EgovCli.USAGE, en, clean(vi.substring(0, vi.length() - 1)), e);
        }
        boolean badInput = e instanceof EgovClientException || e instanceof IllegalArgumentException;
        String[] both = bilingual(en);
        if (both != null) {
            boolean io = e instanceof IOException || e instanceof UncheckedIOException;
            return new UserError(
                    badInput ? "INVALID_INPUT" : io ? "IO_ERROR" : "FAILED",
                    badInput || io ? EgovCli.USAGE : EgovCli.CHECK_FAILED,
                    both[0],
                    both[1],
                    e);
        }
        if (badInput) {
            return new UserError(
                    "INVALID_INPUT",
                    EgovCli.USAGE,
                    en,
                    "Dữ liệu vào không hợp lệ hoặc bị từ chối vì an " + "toàn: " + en,
                    e);
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return new UserError(
                    "IO_ERROR",
                    EgovCli.USAGE,
                    "Cannot read or write a file: " + en,
                    "Không đọc hoặc ghi được tệp: " + en,
                    e);
        }
        if (e instanceof EgovServiceException) {
            return new UserError("SERVICE_ERROR", EgovCli.CHECK_FAILED, en, "Dịch vụ trả lỗi: " + en, e);
        }
        if (e instanceof EgovTransportException) {
            return new UserError("TRANSPORT_ERROR", EgovCli.CHECK_FAILED, en, "Lỗi kết nối: " + en, e);
        }
        return new UserError("FAILED", EgovCli.CHECK_FAILED, en, "Lỗi: " + en, e);
    }

    /** Parser text never reaches a user: locations in words, one line, personal data masked. */
    static String clean(String message) {
        String s = ROW_COL.matcher(message).replaceAll(m -> "(line " + m.group(1) + ", column " + m.group(2) + ") ");
        s = SOURCE.matcher(s).replaceAll("");
        return Redactor.redact(s.replaceAll("\\s*\\R\\s*", " ").strip());
    }

    /** SDK messages written "English / tiếng Việt": the two halves, or null. */
    private static String[] bilingual(String message) {
        for (int i = message.indexOf(" / "); i >= 0; i = message.indexOf(" / ", i + 1)) {
            String left = message.substring(0, i);
            String right = message.substring(i + 3);
            if (!VIETNAMESE.matcher(left).find() && VIETNAMESE.matcher(right).find()) {
                return new String[] {left, right};
            }
        }
        return null;
    }

    private static String fileName(Throwable c) {
        String f = c instanceof FileSystemException fs ? fs.getFile() : c.getMessage();
        return f == null ? "?" : f.replace(" (No such file or directory)", "");
    }

    /** Prints the error: stderr always (in the chosen language), stdout too as JSON with {@code --json}. */
    static int report(UserError u, PrintWriter out, PrintWriter err, List<String> args, Throwable trace) {
        CliLang lang = CliLang.current();
        String text = lang == CliLang.EN ? u.en() : u.vi();
        err.println("egov: " + text);
        if (trace != null && args.contains("--verbose")) {
            trace.printStackTrace(err);
        }
        err.flush();
        if (args.contains("--json")) {
            ObjectNode root = Json.object();
            root.putObject("error")
                    .put("code", u.code())
                    .put("exitCode", u.exitCode())
                    .put("message", text)
                    .put("en", u.en())
                    .put("vi", u.vi());
            Json.print(out, root);
        }
        return u.exitCode();
    }
}
