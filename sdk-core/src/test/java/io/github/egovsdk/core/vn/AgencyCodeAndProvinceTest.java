package io.github.egovsdk.core.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeAndProvinceTest {

    @ParameterizedTest
    @CsvSource({
        "000.00.00.H27,1,",
        "000.00.15.H51,2,000.00.00.H51",
        "000.46.24.H44,3,000.00.24.H44",
        "001.00.20.TT2,,",
        "123.45.67.G22,4,000.45.67.G22"
    })
    void parse_whenQcvnForm_knowsLevelAndParent(String code, Integer level, String parent) {
        AgencyCode c = AgencyCode.parse(code);
        assertThat(c.level().orElse(null)).isEqualTo(level);
        assertThat(c.parent().map(AgencyCode::value).orElse(null)).isEqualTo(parent);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "h27",
                "000..H27",
                "vxp.saas.03",
                "CS:GOV:SS1MC:SS1SUB1",
                "",
                "A123456789.B123456789.C123456789.D12345"
            })
    void parse_whenNotDecision20_throwsNamingTheRule(String code) {
        assertThatThrownBy(() -> AgencyCode.parse(code)).isInstanceOf(ValidationException.class);
    }

    static Stream<String> corpusOrganIds() throws Exception {
        Pattern p = Pattern.compile("<edXML:OrganId>([^<]*)</edXML:OrganId>");
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("egov.corpus.dir"), "edxml"))) {
            return files
                    .filter(f -> f.toString().endsWith(".edxml"))
                    .flatMap(f -> {
                        try {
                            Matcher m = p.matcher(Files.readString(f));
                            return m.results().map(r -> r.group(1)).toList().stream();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .distinct()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpusOrganIds")
    void parseLenient_whenCorpusOrganId_acceptsAndExplains(String organId) {
        AgencyCode c = AgencyCode.parseLenient(organId);
        assertThat(c.value()).isEqualTo(organId);
        assertThat(c.warnings().isEmpty()).isEqualTo(c.isQcvn102Form());
    }

    @Test
    void parseLenient_whenLgspOrSystemId_warns() {
        assertThat(AgencyCode.parseLenient("vxp.saas.03").warnings())
                .singleElement()
                .asString()
                .contains("system id");
        assertThat(AgencyCode.parseLenient(" 00.53.W00").warnings()).hasSize(2);
        assertThat(AgencyCode.parseLenient("H56.14").level1()).contains("H56");
    }

    @Test
    void province_catalogue_has63OldAnd34NewUnits() {
        assertThat(Province.before2025Merger()).hasSize(63);
        assertThat(Province.after2025Merger()).hasSize(34);
        assertThat(Province.formedFrom("Ninh Bình"))
                .extracting(Province::name)
                .containsExactlyInAnyOrder("Hà Nam", "Nam Định", "Ninh Bình");
        assertThat(Province.byCode("38")).map(Province::name).contains("Thanh Hóa");
        assertThat(Province.byCode("077")).map(Province::successorName).contains("Hồ Chí Minh");
        assertThat(Province.byCode("003")).isEmpty();
        List<String> unchanged = List.of(
                "Hà Nội",
                "Cao Bằng",
                "Điện Biên",
                "Lai Châu",
                "Sơn La",
                "Lạng Sơn",
                "Quảng Ninh",
                "Thanh Hóa",
                "Nghệ An",
                "Hà Tĩnh");
        unchanged.forEach(n -> assertThat(Province.formedFrom(n)).hasSize(1));
    }
}
