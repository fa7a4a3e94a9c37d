package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What every command gets from {@link CommandDefaults}, {@link CliErrors} and {@link UsageErrorHandler}. */
class CliConventionsTest {

    static Stream<String> everyCommand() {
        List<String> names = new ArrayList<>();
        collect(EgovCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), names);
        return names.stream();
    }

    private static void collect(CommandLine cl, List<String> names) {
        names.add(cl.getCommandSpec().qualifiedName(" "));
        cl.getSubcommands().values().forEach(c -> collect(c, names));
    }

    private static String[] args(String qualified, String... more) {
        List<String> a = new ArrayList<>(List.of(qualified.split(" ")).subList(1, qualified.split(" ").length));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void help_onEveryCommandAndGroup_exitsZeroWithExitCodesAndDescribedOptions(String command) {
        CliRunner r = CliRunner.run(args(command, "--help"));

        assertThat(r.exitCode()).as(command + ": " + r.err()).isZero();
        assertThat(r.out()).contains("Usage: " + command, "Exit codes:", "--lang=vi|en");
        CommandLine cl = EgovCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (String name : args(command)) {
            cl = cl.getSubcommands().get(name);
        }
        cl.getCommandSpec().args().forEach(a -> assertThat(String.join(" ", a.description()))
                .as(command + " " + a.paramLabel() + " has a description")
                .isNotBlank());
    }

    @Test
    void group_withoutSubcommand_exitsTwoNamingTheCommands() {
        CliRunner r = CliRunner.run("edoc", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("needs a command: parse, build, status");
    }

    @Test
    void lang_whenUnknown_isRejectedInBothLanguagesAndAsJson() {
        CliRunner r = CliRunner.run("id", "parse", "001099012345", "--lang", "fr", "--json");

        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode e = r.json().get("error");
        assertThat(e.get("code").asString()).isEqualTo("USAGE");
        assertThat(e.get("en").asString()).contains("--lang must be vi or en, not 'fr'");
        assertThat(e.get("vi").asString()).contains("--lang phải là vi hoặc en");
    }

    @Test
    void error_withJson_isOneJsonObjectOnStdoutInTheChosenLanguage() {
        CliRunner en = CliRunner.run(
                "calendar",
                "due",
                "--received",
                "2026-02-30T10:00:00",
                "--working-days",
                "2",
                "--json",
                "--lang",
                "en");
        CliRunner vi = CliRunner.run("calendar", "due", "--received", "2026-02-30T10:00:00", "--working-days", "2");

        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.json().get("error").get("message").asString())
                .isEqualTo("The date 2026-02-30 does not exist: February 2026 has 28 days");
        assertThat(en.json().get("error").get("vi").asString()).contains("không tồn tại");
        assertThat(en.err()).contains("does not exist");
        assertThat(vi.out()).isEmpty();
        assertThat(vi.err()).contains("Ngày 2026-02-30 không tồn tại: tháng 2 năm 2026 có 28 ngày");
    }

    @Test
    void dateOption_whenNoSuchDay_saysItDoesNotExist(@TempDir Path dir) {
        CliRunner r = CliRunner.run(
                "edoc",
                "build",
                "--from",
                "000.00.00.H53",
                "--to",
                "000.00.00.H41",
                "--number",
                "1",
                "--notation",
                "UBND-VP",
                "--subject",
                "s",
                "--date",
                "2025-13-01",
                dir.resolve("o.xml").toString(),
                "--lang",
                "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("2025-13-01 does not exist: there is no month 13")
                .doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"verify", "edoc parse"})
    void missingFile_saysNotFound(String command, @TempDir Path dir) {
        CliRunner r = CliRunner.run(
                args("egov " + command, dir.resolve("khong-co.pdf").toString(), "--json", "--lang", "en"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.json().get("error").get("code").asString()).isEqualTo("FILE_NOT_FOUND");
        assertThat(r.err()).contains("File not found").contains("khong-co.pdf");
    }

    @Test
    void malformedXml_messageHasNoParserLocationSyntax(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.edxml"), "<edXMLEnvelope><broken");

        CliRunner r = CliRunner.run("edoc", "parse", bad.toString(), "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .doesNotContain("[row,col")
                .doesNotContain("unknown-source")
                .doesNotContain("Exception");
    }

    @Test
    void clean_rewritesStaxLocations() {
        assertThat(CliErrors.clean("Unexpected EOF at [row,col {unknown-source}]: [3,17]\n  in prolog"))
                .isEqualTo("Unexpected EOF (line 3, column 17) in prolog");
    }

    @Test
    void conversionError_isRewrittenInWords() {
        CliRunner r = CliRunner.run(
                "calendar", "due", "--received", "2026-02-13T10:00:00", "--working-days", "ba", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .contains("--working-days: 'ba' is not a whole number")
                .doesNotContain("Invalid value");
    }

    @Test
    void unknownOption_isRewrittenInVietnamese() {
        CliRunner r = CliRunner.run("id", "parse", "001099012345", "--jsn");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Tùy chọn hoặc tham số không được hỗ trợ: --jsn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh"})
    void completion_printsAScriptCoveringTheCommands(String shell) {
        CliRunner r = CliRunner.run("completion", shell);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("complete -F", "verify", "--output-dir");
        if (shell.equals("zsh")) {
            assertThat(r.out()).startsWith("#compdef egov").contains("bashcompinit");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "id parse 001099012345 --json",
                "id parse 0010 --lang en",
                "edoc --help",
                "calendar due --received 2026-02-30T10:00:00 --working-days 1 --json",
                "nosuch --lang en",
                "--help"
            })
    void lazyCommandLine_behavesAsTheWholeTree(String line) {
        String[] args = line.split(" ");
        StringWriter lazyOut = new StringWriter();
        StringWriter lazyErr = new StringWriter();
        int lazy = LazyCommandLine.forArgs(args, new PrintWriter(lazyOut), new PrintWriter(lazyErr))
                .execute(args);

        CliRunner whole = CliRunner.run(args);

        assertThat(lazy).isEqualTo(whole.exitCode());
        assertThat(lazyOut.toString()).isEqualTo(whole.out());
        assertThat(lazyErr.toString()).isEqualTo(whole.err());
    }

    @Test
    void verifyMany_onATerminal_showsProgressOnStderrOnly(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.xml"), "<a/>");
        Path b = Files.writeString(dir.resolve("b.xml"), "<b/>");
        System.setProperty("egov.tty", "true");
        CliRunner tty;
        try {
            tty = CliRunner.run("verify", a.toString(), b.toString(), "--json");
        } finally {
            System.clearProperty("egov.tty");
        }
        CliRunner pipe = CliRunner.run("verify", a.toString(), b.toString(), "--json");

        assertThat(tty.err()).contains("/2] ");
        assertThat(tty.json().get("summary").get("total").asInt()).isEqualTo(2);
        assertThat(pipe.err()).doesNotContain("/2] ");
    }
}
