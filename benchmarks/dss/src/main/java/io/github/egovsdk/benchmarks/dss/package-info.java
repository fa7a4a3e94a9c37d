/** EGov SDK benchmarks — the EU DSS side, on DSS's own class path, and the fixture writer. */
package io.github.egovsdk.benchmarks.dss;
