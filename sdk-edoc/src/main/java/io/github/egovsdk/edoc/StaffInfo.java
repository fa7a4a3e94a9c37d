package io.github.egovsdk.edoc;

/** The officer handling a message (cán bộ xử lý). All fields may be null. */
public record StaffInfo(
        String department, String departmentId, String staff, String staffId, String email, String mobile) {}
