import Foundation

/// A 16-bit PCM mono WAV file: what `kashdash speak` writes, eSpeak's own samples untouched.
public enum WAVFile {
    /// The file's bytes: the 44-byte RIFF header, then the samples little-endian.
    public static func bytes(samples: [Int16], sampleRate: Int) -> [UInt8] {
        let dataSize = UInt32(samples.count * 2)
        var out: [UInt8] = []
        out.reserveCapacity(44 + samples.count * 2)
        func ascii(_ text: String) { out.append(contentsOf: Array(text.utf8)) }
        func le32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        func le16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        ascii("RIFF"); le32(36 + dataSize); ascii("WAVE")
        ascii("fmt "); le32(16); le16(1); le16(1)  // PCM, mono
        le32(UInt32(sampleRate)); le32(UInt32(sampleRate * 2)); le16(2); le16(16)
        ascii("data"); le32(dataSize)
        for sample in samples { withUnsafeBytes(of: sample.littleEndian) { out.append(contentsOf: $0) } }
        return out
    }

    /// Writes the file atomically (a half-written WAV never replaces a good one).
    public static func write(samples: [Int16], sampleRate: Int, to url: URL) throws {
        try Data(bytes(samples: samples, sampleRate: sampleRate)).write(to: url, options: .atomic)
    }
}
