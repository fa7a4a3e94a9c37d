/** Interconnected civil-status procedures (Decree 63/2024/NĐ-CP): module codes shared by every package. */
package io.github.egovsdk.civil;
