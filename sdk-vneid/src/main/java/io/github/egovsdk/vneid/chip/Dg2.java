package io.github.egovsdk.vneid.chip;

import io.github.egovsdk.vneid.internal.chip.FaceImageReader;
import io.github.egovsdk.vneid.internal.chip.LdsTags;
import io.github.egovsdk.vneid.internal.chip.Tlv;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DG2 (FID 0102, tag 75): the encoded face — biometric information group template (7F61) with one biometric
 * information template (7F60) per image, each holding a biometric data block (5F2E) in ISO/IEC 19794-5 format. The
 * image format (JPEG / JPEG 2000) comes from the data block header and the image's magic bytes.
 *
 * <p><b>Sensitive</b> personal data (biometric): {@link #toString()} never contains image bytes.
 *
 * @param faces the images, usually one
 */
public record Dg2(List<FaceImage> faces) {
    private static final String FILE = "DG2";

    public Dg2 {
        faces = List.copyOf(faces);
    }

    /** Parses DG2 as read from the chip (the full TLV starting with tag 75). */
    public static Dg2 parse(byte[] encoded) {
        Tlv dg2 = Tlv.parse(FILE, encoded, LdsTags.dataGroupTag(2));
        Tlv group = dg2.require(0x7F61, "biometric information group template");
        List<FaceImage> faces = new ArrayList<>();
        for (Tlv bit : group.children()) {
            if (bit.tag() != 0x7F60) {
                continue;
            }
            Optional<Tlv> block = bit.find(0x5F2E).or(() -> bit.find(0x7F2E));
            Tlv data = block.orElseThrow(() -> Tlv.error(
                    FILE,
                    "MISSING_ELEMENT",
                    "a biometric information template " + "has no biometric data block (5F2E)",
                    "mẫu thông tin sinh trắc học thiếu khối dữ liệu (5F2E)"));
            faces.addAll(FaceImageReader.read(data.value()));
        }
        if (faces.isEmpty()) {
            throw Tlv.error(FILE, "NO_FACE", "no face image", "không có ảnh khuôn mặt");
        }
        return new Dg2(faces);
    }

    /** The first image. */
    public FaceImage face() {
        return faces.get(0);
    }

    @Override
    public String toString() {
        return "Dg2" + faces;
    }
}
