/** EGov SDK — benchmarks. */
package io.github.egovsdk.benchmarks;
