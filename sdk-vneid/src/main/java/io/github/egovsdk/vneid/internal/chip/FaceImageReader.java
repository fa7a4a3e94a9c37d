package io.github.egovsdk.vneid.internal.chip;

import io.github.egovsdk.vneid.chip.FaceImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an ISO/IEC 19794-5:2005 facial record ({@code FAC\0}, version, record length, number of faces, then per face:
 * block length, feature-point count, 14 bytes of descriptors, 8 bytes per feature point, 12 bytes of image
 * information — image data type 0 = JPEG, 1 = JPEG 2000, width, height — and the image). A block that is a bare JPEG or
 * JPEG 2000 image is accepted as is. Every length is checked against the block.
 */
public final class FaceImageReader {
    private static final String FILE = "DG2";
    private static final int MAX_FACES = 16;

    private FaceImageReader() {}

    public static List<FaceImage> read(byte[] block) {
        if (block.length >= 4 && block[0] == 'F' && block[1] == 'A' && block[2] == 'C' && block[3] == 0) {
            return iso19794(block);
        }
        FaceImage.Format sniffed = FaceImage.sniff(block);
        if (sniffed == FaceImage.Format.UNKNOWN) {
            throw Tlv.error(
                    FILE,
                    "BIOMETRIC_FORMAT",
                    "the biometric data block is neither an ISO/IEC 19794-5 record " + "nor a JPEG / JPEG 2000 image",
                    "khối dữ liệu sinh trắc học không phải bản ghi ISO/IEC 19794-5 "
                            + "cũng không phải ảnh JPEG / JPEG 2000");
        }
        return List.of(new FaceImage(sniffed, 0, 0, block));
    }

    private static List<FaceImage> iso19794(byte[] b) {
        need(b, 0, 14);
        long recordLength = u32(b, 8);
        if (recordLength != b.length) {
            throw bad(
                    "the record length " + recordLength + " differs from the block size " + b.length,
                    "độ dài bản ghi " + recordLength + " khác kích thước khối " + b.length);
        }
        int count = u16(b, 12);
        if (count < 1 || count > MAX_FACES) {
            throw bad(
                    "number of faces " + count + " is outside 1–" + MAX_FACES,
                    "số ảnh khuôn mặt " + count + " nằm ngoài 1–" + MAX_FACES);
        }
        List<FaceImage> out = new ArrayList<>();
        int p = 14;
        for (int i = 0; i < count; i++) {
            need(b, p, 20);
            long blockLength = u32(b, p);
            int points = u16(b, p + 4);
            int header = 4 + 2 + 14 + 8 * points + 12;
            if (blockLength < header || blockLength > b.length - p) {
                throw bad(
                        "facial record " + (i + 1) + " declares " + blockLength + " bytes, outside " + header + "–"
                                + (b.length - p),
                        "bản ghi khuôn mặt " + (i + 1) + " khai báo " + blockLength + " byte, ngoài khoảng " + header
                                + "–" + (b.length - p));
            }
            int info = p + 20 + 8 * points;
            int dataType = b[info + 1] & 0xFF;
            int width = u16(b, info + 2);
            int height = u16(b, info + 4);
            byte[] image = Arrays.copyOfRange(b, p + header, p + (int) blockLength);
            FaceImage.Format declared = dataType == 0
                    ? FaceImage.Format.JPEG
                    : dataType == 1 ? FaceImage.Format.JPEG2000 : FaceImage.Format.UNKNOWN;
            FaceImage.Format sniffed = FaceImage.sniff(image);
            FaceImage.Format format = sniffed != FaceImage.Format.UNKNOWN ? sniffed : declared;
            out.add(new FaceImage(format, width, height, image));
            p += (int) blockLength;
        }
        return out;
    }

    private static void need(byte[] b, int offset, int n) {
        if (b.length - offset < n) {
            throw bad(
                    "the facial record is truncated at offset " + offset,
                    "bản ghi khuôn mặt bị cắt cụt tại vị trí " + offset);
        }
    }

    private static RuntimeException bad(String en, String vi) {
        return Tlv.error(FILE, "BIOMETRIC_RECORD", en, vi);
    }

    private static int u16(byte[] b, int o) {
        return (b[o] & 0xFF) << 8 | (b[o + 1] & 0xFF);
    }

    private static long u32(byte[] b, int o) {
        return (long) (b[o] & 0xFF) << 24 | (b[o + 1] & 0xFF) << 16 | (b[o + 2] & 0xFF) << 8 | (b[o + 3] & 0xFF);
    }
}
