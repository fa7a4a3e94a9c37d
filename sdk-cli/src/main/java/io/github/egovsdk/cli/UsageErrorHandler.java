package io.github.egovsdk.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Picocli's parse errors (unknown option, missing parameter, a value of the wrong type) rewritten in words, in the
 * {@code --lang} language, exit 2, with the command's usage on stderr — for every command, existing or added later.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        List<String> argList = Arrays.asList(args);
        CliLang.set(CliLang.fromArgs(argList));
        CommandLine cl = e.getCommandLine();
        UserError u = rewrite(e);
        int code = CliErrors.report(u, cl.getOut(), cl.getErr(), argList, e);
        if (!argList.contains("--json")) {
            cl.getErr()
                    .println(CliLang.t("Xem: ", "See: ") + cl.getCommandSpec().qualifiedName() + " --help");
            cl.getErr().flush();
        }
        return code;
    }

    static UserError rewrite(ParameterException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof UserError u) {
                return u;
            }
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            String what = String.join(" ", u.getUnmatched());
            String hint = u.getSuggestions().isEmpty() ? "" : " (" + String.join(", ", u.getSuggestions()) + "?)";
            return UserError.usage(
                    "Unknown option or argument: " + what + hint,
                    "Tùy chọn hoặc tham số không được hỗ trợ: " + what + hint);
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            String what = m.getMissing().stream().map(UsageErrorHandler::name).collect(Collectors.joining(", "));
            return UserError.usage("Missing required " + what, "Thiếu tham số bắt buộc " + what);
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            String what = name(o.getOverwritten());
            return UserError.usage(what + " is given more than once", what + " được cho nhiều lần");
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            String what = CliErrors.clean(e.getMessage());
            return UserError.usage(
                    "Options that exclude each other were given together: " + what,
                    "Các tùy chọn loại trừ nhau được cho cùng lúc: " + what);
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            return UserError.usage(
                    "Too many arguments: " + CliErrors.clean(e.getMessage()),
                    "Quá nhiều tham số: " + CliErrors.clean(e.getMessage()));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null) {
            String what = name(arg);
            Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
            return UserError.usage(
                    what + ": '" + e.getValue() + "' is not " + typeEn(type),
                    what + ": '" + e.getValue() + "' không phải là " + typeVi(type));
        }
        return UserError.usage(
                CliErrors.clean(e.getMessage()), "Cách dùng không đúng: " + CliErrors.clean(e.getMessage()));
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    private static String typeEn(Class<?> t) {
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "a whole number";
        }
        if (t == float.class || t == Float.class || t == double.class || t == Double.class) {
            return "a number";
        }
        if (t.isEnum()) {
            return "one of " + Arrays.toString(t.getEnumConstants());
        }
        return "a valid " + t.getSimpleName();
    }

    private static String typeVi(Class<?> t) {
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "một số nguyên";
        }
        if (t == float.class || t == Float.class || t == double.class || t == Double.class) {
            return "một số";
        }
        if (t.isEnum()) {
            return "một trong " + Arrays.toString(t.getEnumConstants());
        }
        return "giá trị " + t.getSimpleName() + " hợp lệ";
    }
}
