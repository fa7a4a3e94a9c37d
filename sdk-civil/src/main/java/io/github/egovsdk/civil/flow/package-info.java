/** The one-stop system's interconnected hand-off: the flow, its SPI and an in-memory reference implementation. */
package io.github.egovsdk.civil.flow;
