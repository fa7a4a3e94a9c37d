/**
 * Checks against the national population database (Cơ sở dữ liệu quốc gia về dân cư) through a provincial
 * integration gateway: {@link io.github.egovsdk.vneid.population.PopulationDbClient} answers match / no match for a
 * declared number, name and date of birth, and reports every lookup to an
 * {@link io.github.egovsdk.vneid.population.AuditHook} (who, when, why, request id — never the personal data).
 */
package io.github.egovsdk.vneid.population;
