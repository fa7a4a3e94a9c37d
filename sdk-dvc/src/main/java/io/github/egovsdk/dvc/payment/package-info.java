/** The national payment platform's message authentication ({@code MaXacThuc}) and timestamps. */
package io.github.egovsdk.dvc.payment;
