package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.testkit.internal.console.ConsoleMask;
import io.github.egovsdk.testkit.internal.console.ConsoleTable;
import io.github.egovsdk.testkit.internal.console.ConsoleView;
import io.github.egovsdk.testkit.internal.console.SandboxJournal;
import io.github.egovsdk.testkit.internal.console.Text;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The console's results-store and Q&amp;A tab: the documents the portal's results store holds per owner (owner's ID
 * masked) with their files, the citizens' questions and the answers the agency pushed, the agency's own Q&amp;A it
 * published, and the results store's refusals.
 */
final class ResultsQaConsoleView implements ConsoleView {
    private final CivilState state;
    private final SandboxJournal journal;

    ResultsQaConsoleView(CivilState state, SandboxJournal journal) {
        this.state = state;
        this.journal = journal;
    }

    @Override
    public String id() {
        return "results";
    }

    @Override
    public Text title() {
        return Text.of("Kho kết quả & hỏi đáp", "Results store & Q&A");
    }

    @Override
    public List<ConsoleTable> tables() {
        ConsoleTable.Builder store = ConsoleTable.builder(
                Text.of("Kho số hóa: giấy tờ kết quả theo chủ sở hữu", "Results store: documents by owner"),
                Text.of("Chủ sở hữu (đã che)", "Owner (masked)"),
                Text.of("Mã kết quả", "Result code"),
                Text.of("Tên giấy tờ", "Document"),
                Text.of("Số ký hiệu", "Number"),
                Text.of("Cơ quan chủ quản", "Agency"),
                Text.of("Tệp", "Files"));
        ConsoleTable.Builder questions = ConsoleTable.builder(
                Text.of("Câu hỏi của công dân trên Cổng DVCQG", "Citizens' questions on the portal"),
                Text.of("HOIDAPID", "HOIDAPID"),
                Text.of("Lĩnh vực", "Sector"),
                Text.of("Nội dung", "Question"),
                Text.of("Người hỏi (đã che)", "Asker (masked)"),
                Text.of("Trả lời đã đẩy", "Answers pushed"));
        ConsoleTable.Builder pushed = ConsoleTable.builder(
                Text.of("Hỏi đáp cơ quan đã đồng bộ (DongBoHoiDap)", "Agency Q&A published (DongBoHoiDap)"),
                Text.of("HOIDAPID", "HOIDAPID"),
                Text.of("MaLinhVuc", "MaLinhVuc"),
                Text.of("Nội dung", "Text"),
                Text.of("Đơn vị", "Agency"));
        synchronized (state) {
            int n = 0;
            for (Map.Entry<String, List<ObjectNode>> e : state.results.entrySet()) {
                for (ObjectNode d : e.getValue()) {
                    String files = stream(d.path("DanhSachTepDinhKem"))
                            .map(f -> f.path("TenTep").asString(""))
                            .collect(Collectors.joining("\n"));
                    store.row(
                            "result-" + (++n),
                            ConsoleMask.id(e.getKey()),
                            d.path("MaKetQua").asString(""),
                            d.path("TenGiayTo").asString(""),
                            d.path("SoKyHieu").asString(""),
                            d.path("CoQuanChuQuan").asString(""),
                            files);
                }
            }
            for (ObjectNode q : state.questions) {
                String id = q.path("HOIDAPID").asString("");
                String answers = state.answers.getOrDefault(id, List.of()).stream()
                        .map(a -> a.path("TRALOIID").asString("") + ": "
                                + ConsoleMask.text(a.path("NOIDUNGTRALOI").asString("")))
                        .collect(Collectors.joining("\n"));
                questions.row(
                        "question-" + id,
                        id,
                        q.path("MALINHVUC").asString(""),
                        ConsoleMask.text(q.path("NOIDUNG").asString("")),
                        ConsoleMask.name(q.path("HOVATEN").asString("")),
                        answers);
            }
            for (JsonNode q : state.pushedQuestions) {
                pushed.row(
                        "pushed-" + q.path("HOIDAPID").asString(""),
                        q.path("HOIDAPID").asString(""),
                        q.path("MaLinhVuc").asString(""),
                        ConsoleMask.text(q.path("NOIDUNG").asString("")),
                        q.path("MADONVI").asString(""));
            }
        }
        return List.of(
                store.build(), questions.build(), pushed.build(), ServiceRefusals.table(journal, Set.of("khoso")));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
