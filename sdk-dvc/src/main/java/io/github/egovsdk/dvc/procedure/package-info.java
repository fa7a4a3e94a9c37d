/**
 * Administrative procedures (thủ tục hành chính, TTHC) as the national procedure database describes them: code,
 * name, field (lĩnh vực), online service level (Decree 42/2022: toàn trình / một phần), processing time and fees.
 */
package io.github.egovsdk.dvc.procedure;
