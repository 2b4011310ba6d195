import CSDL2
import Foundation

/// A plain picture: 8-bit RGBA pixels, row by row. How offscreen frames are handed to tests
/// and tools (which never touch SDL themselves).
public struct RGBAImage: Equatable, Sendable {
    public var width: Int
    public var height: Int
    /// `width * height * 4` bytes: red, green, blue, alpha.
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * 4, "pixel buffer does not match the size")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Reads a PNG (or any format SDL_image knows). Needs only SDL_image, no video driver.
    public init(contentsOf path: String) throws(SDLError) {
        guard let loaded = IMG_Load(path) else { throw SDLError("reading \(path)") }
        defer { SDL_FreeSurface(loaded) }
        try self.init(copying: loaded)
    }

    /// Copies any SDL surface, converting it to RGBA.
    init(copying surface: UnsafeMutablePointer<SDL_Surface>) throws(SDLError) {
        guard let converted = SDL_ConvertSurfaceFormat(surface, SDL_PIXELFORMAT_RGBA32.rawValue, 0) else {
            throw SDLError("converting a surface to RGBA")
        }
        defer { SDL_FreeSurface(converted) }
        let width = Int(converted.pointee.w)
        let height = Int(converted.pointee.h)
        let pitch = Int(converted.pointee.pitch)
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        SDL_LockSurface(converted)
        let base = converted.pointee.pixels!.assumingMemoryBound(to: UInt8.self)
        pixels.withUnsafeMutableBufferPointer { target in
            for row in 0..<height {
                (target.baseAddress! + row * width * 4).update(from: base + row * pitch, count: width * 4)
            }
        }
        SDL_UnlockSurface(converted)
        self.init(width: width, height: height, pixels: pixels)
    }

    /// Writes the picture as a PNG, creating the folder if needed.
    public func writePNG(to path: String) throws(SDLError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var copy = pixels
        let result: Int32 = copy.withUnsafeMutableBytes { bytes in
            guard let surface = SDL_CreateRGBSurfaceWithFormatFrom(
                bytes.baseAddress, Int32(width), Int32(height), 32, Int32(width * 4), SDL_PIXELFORMAT_RGBA32.rawValue)
            else { return -1 }
            defer { SDL_FreeSurface(surface) }
            return IMG_SavePNG(surface, path)
        }
        guard result == 0 else { throw SDLError("writing \(path)") }
    }

    /// The red, green, blue and alpha of one pixel.
    public subscript(x: Int, y: Int) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8) {
        let index = (y * width + x) * 4
        return (pixels[index], pixels[index + 1], pixels[index + 2], pixels[index + 3])
    }
}
