package io.github.egovsdk.dvc.portal;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.dvc.internal.Json;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The portal's Q&amp;A sync (hỏi đáp, interconnected-services §3, as OpenCPS calls it) on a {@link PortalClient}'s
 * session: questions citizens and businesses sent on the portal ({@code LayDanhSachHoiDapGuiTuDVCQG}), the
 * agency-compiled Q&amp;A ({@code LayDanhSachHoiDapBoCoQuan}), the answers to a question ({@code
 * LayNoiDungTraLoiTheoCauHoi}), pushing the agency's Q&amp;A ({@code DongBoHoiDap}) and answering portal questions
 * ({@code DongBoKetQuaHoiDapGuiTuDVCQG}, {@code NGAYTRALOI dd/MM/yyyy}). Questions with {@code HOIDAPID ≤ 0} or
 * {@code TRANGTHAI 0} are skipped as the reference client does ({@code TRANGTHAI}'s meaning is unpublished; the
 * person fields are read from the items — the reference client's envelope check is a bug). List filters (dates,
 * paging) are not published: none is sent.
 */
public final class PortalQa {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final PortalClient portal;

    PortalQa(PortalClient portal) {
        this.portal = portal;
    }

    /** A question on the portal: id, field code, text, agency, asker, answer id/text (answered when id &gt; 0). */
    public record Question(
            long id,
            String sectorCode,
            String text,
            String agencyCode,
            String agencyName,
            String askerName,
            String askerEmail,
            String localProcedureCode,
            Integer state,
            long answerId,
            String answer) {

        public boolean answered() {
            return answerId > 0;
        }

        @Override
        public String toString() {
            return "Question[" + id + ", sector=" + sectorCode + ", answered=" + answered() + "]";
        }
    }

    /** An answer ({@code TRALOIID}, {@code NOIDUNGTRALOI}). */
    public record Answer(long id, String text) {}

    /** A Q&amp;A item the agency publishes ({@code DongBoHoiDap}). */
    public record AgencyQuestion(String id, String sectorCode, String text, String agencyCode, String agencyName) {}

    /** The agency's answer to a portal question ({@code DongBoKetQuaHoiDapGuiTuDVCQG}). */
    public record QuestionAnswer(
            long questionId,
            String agencyCode,
            String answeredBy,
            String answererTitle,
            LocalDate answeredOn,
            String text) {}

    /** Questions sent by citizens and businesses on the portal. */
    public List<Question> citizenQuestions() {
        return questions("LayDanhSachHoiDapGuiTuDVCQG");
    }

    /** Q&amp;A compiled by the ministry or agency. */
    public List<Question> agencyQuestions() {
        return questions("LayDanhSachHoiDapBoCoQuan");
    }

    private List<Question> questions(String service) {
        List<Question> out = new ArrayList<>();
        JsonNode result = portal.call(service, Json.object(), true).path("result");
        for (JsonNode q : result) {
            long id = Json.number(q, "HOIDAPID");
            String state = Json.text(q, "TRANGTHAI");
            if (id <= 0 || "0".equals(state)) {
                continue;
            }
            String sector = Json.text(q, "MALINHVUC");
            out.add(new Question(
                    id,
                    sector != null ? sector : Json.text(q, "MATTHCDP"),
                    Json.text(q, "NOIDUNG"),
                    Json.text(q, "MADONVI"),
                    Json.text(q, "TENDONVI"),
                    Json.text(q, "HOVATEN"),
                    Json.text(q, "THUDIENTU"),
                    Json.text(q, "MATTHCDP"),
                    state == null ? null : (int) Json.number(q, "TRANGTHAI"),
                    Json.number(q, "TRALOIID"),
                    Json.text(q, "NOIDUNGTRALOI")));
        }
        return out;
    }

    /** The answers to one question ({@code cauhoiid} = {@code HOIDAPID}). */
    public List<Answer> answers(long questionId) {
        List<Answer> out = new ArrayList<>();
        ObjectNode p = Json.object().put("cauhoiid", String.valueOf(questionId));
        for (JsonNode a : portal.call("LayNoiDungTraLoiTheoCauHoi", p, true).path("result")) {
            out.add(new Answer(Json.number(a, "TRALOIID"), Json.text(a, "NOIDUNGTRALOI")));
        }
        return out;
    }

    /** Publishes the agency's Q&amp;A (note the mixed-case {@code MaLinhVuc} the portal expects). */
    public void pushQuestions(List<AgencyQuestion> questions) {
        ObjectNode p = Json.object();
        ArrayNode data = p.putArray("data");
        for (AgencyQuestion q : List.copyOf(questions)) {
            require(q.id(), "HOIDAPID");
            require(q.text(), "NOIDUNG");
            ObjectNode x = data.addObject();
            x.put("HOIDAPID", q.id());
            Json.put(x, "MaLinhVuc", q.sectorCode());
            x.put("NOIDUNG", q.text());
            Json.put(x, "MADONVI", q.agencyCode());
            Json.put(x, "TENDONVI", q.agencyName());
        }
        portal.call("DongBoHoiDap", p, false);
    }

    /** Answers questions that came from the portal. */
    public void pushAnswers(List<QuestionAnswer> answers) {
        ObjectNode p = Json.object();
        ArrayNode data = p.putArray("data");
        for (QuestionAnswer a : List.copyOf(answers)) {
            require(a.text(), "NOIDUNGTRALOI");
            ObjectNode x = data.addObject();
            x.put("HOIDAPID", String.valueOf(a.questionId()));
            Json.put(x, "MADONVI", a.agencyCode());
            Json.put(x, "NGUOITRALOI", a.answeredBy());
            Json.put(x, "CHUCVUNGUOITRALOI", a.answererTitle());
            x.put(
                    "NGAYTRALOI",
                    Objects.requireNonNull(a.answeredOn(), "answeredOn").format(DATE));
            x.put("NOIDUNGTRALOI", a.text());
        }
        portal.call("DongBoKetQuaHoiDapGuiTuDVCQG", p, false);
    }

    private static void require(String v, String field) {
        if (v == null || v.isBlank()) {
            throw new EgovClientException(field + " is required / " + field + " là bắt buộc");
        }
    }
}
