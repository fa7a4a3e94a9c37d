package io.github.egovsdk.cli;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.vn.AgencyCode;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ResponseFor;
import io.github.egovsdk.edoc.StaffInfo;
import io.github.egovsdk.edoc.StatusCode;
import io.github.egovsdk.edoc.StatusMessage;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code egov edoc status --from CODE --to CODE --code NN --responds-to REF [--description] [--staff] [--department]
 * OUTPUT}: a status message (thông điệp trạng thái) answering a received document.
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Builds a status message answering a" + " received document (codes 01-06, 13, 15, 16).")
final class EdocStatusCommand extends EdocWriteCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "CODE", description = "The agency reporting the status.")
    String from;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "CODE",
            description = "The original sender. A status"
                    + " message has no To element: the axis routes it by ResponseFor/OrganId and the "
                    + "transport headers.")
    String to;

    @Option(
            names = "--code",
            required = true,
            paramLabel = "01|02|03|04|05|06|13|15|16",
            description = "Status code (mã trạng thái).")
    String code;

    @Option(
            names = "--responds-to",
            required = true,
            paramLabel = EdocBuildCommand.REF,
            description = "The document the status is about.")
    String respondsTo;

    @Option(names = "--description", paramLabel = "TEXT", description = "Default: the code's Vietnamese name.")
    String description;

    @Option(names = "--staff", paramLabel = "NAME", description = "Staff member handling it. Default: none.")
    String staff;

    @Option(names = "--department", paramLabel = "NAME", description = "Department. Default: none.")
    String department;

    @Override
    public Integer call() {
        StatusCode status = StatusCode.fromCode(code)
                .filter(s -> s.code().equals(code.strip()))
                .orElseThrow(() -> usage("Unknown status code '" + code + "': one of 01, 02, 03, 04, 05, 06, 13,"
                        + " 15, 16 / Mã trạng thái không hợp lệ"));
        ResponseFor about = reference(respondsTo);
        StaffInfo officer =
                staff == null && department == null ? null : new StaffInfo(department, null, staff, null, null, null);
        List<Violation> broken = new ArrayList<>();
        StatusMessage message = null;
        try {
            message = StatusMessage.of(
                    Organization.of(from, from),
                    about,
                    status,
                    description,
                    officer,
                    LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        } catch (ValidationException e) {
            broken.addAll(e.violations());
        }
        if (!AgencyCode.isValid(to.strip())) {
            broken.add(new Violation(
                    "to",
                    "ValidAgencyCode",
                    "Not a valid agency code (Decision" + " 20/2020/QĐ-TTg) / Mã định danh cơ quan không hợp lệ",
                    to));
        }
        if (!broken.isEmpty()) {
            return violations(new ValidationException("edXML status", broken));
        }
        EdxmlWriter.Result r = EdxmlWriter.standard().write(message, output);
        ObjectNode out = Json.object()
                .put("valid", true)
                .put("output", output.toString())
                .put("statusCode", message.statusCode())
                .put("to", to.strip())
                .put("respondsTo", about.documentId())
                .put("size", r.size())
                .put("sha256", r.sha256());
        return written(
                out,
                "Đã tạo / built " + output + ": " + status.code() + " " + status.vietnamese() + " → "
                        + about.documentId());
    }
}
