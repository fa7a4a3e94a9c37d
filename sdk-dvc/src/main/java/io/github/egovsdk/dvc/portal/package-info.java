/**
 * Synchronisation with the national public-service portal (Cổng Dịch vụ công quốc gia, DVCQG): {@link
 * io.github.egovsdk.dvc.portal.PortalClient} logs in with a session, upserts dossiers, reports progress, looks dossiers
 * up, reads the catalogues and maps accounts by {@code TechID}.
 */
package io.github.egovsdk.dvc.portal;
