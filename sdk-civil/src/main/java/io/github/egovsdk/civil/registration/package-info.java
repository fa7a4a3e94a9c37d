/** The civil-status declarations (tờ khai hộ tịch) decoded from interconnected dossiers, and their typed errors. */
package io.github.egovsdk.civil.registration;
