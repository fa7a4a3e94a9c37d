package io.github.egovsdk.cli;

import io.github.egovsdk.core.internal.SdkVersion;
import picocli.CommandLine;

/** {@code egov --version}: the SDK version and Java version. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {SdkVersion.userAgent(null)};
    }
}
