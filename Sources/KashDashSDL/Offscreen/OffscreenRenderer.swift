import CSDL2
import Foundation
import KashDashGame

/// Draws DrawLists with SDL's software renderer onto a memory surface: no window, no
/// display, no GPU. Used for `--frames-out`, golden-image tests and benchmarks.
public final class OffscreenRenderer {
    public let width: Int
    public let height: Int
    /// The shared drawing path (the window uses the same class).
    public let drawing: DrawListRenderer
    private let libraries: SDLLibraries
    private let surface: UnsafeMutablePointer<SDL_Surface>
    private let renderer: OpaquePointer

    /// - Parameters:
    ///   - libraries: started SDL libraries; kept alive as long as this renderer.
    ///   - assets: the `Assets` folder, or nil for placeholders.
    public init(libraries: SDLLibraries, assets: URL?, width: Int = 1280, height: Int = 720, log: BackendLog = BackendLog()) throws(SDLError) {
        guard let surface = SDL_CreateRGBSurfaceWithFormat(0, Int32(width), Int32(height), 32, SDL_PIXELFORMAT_ARGB8888.rawValue) else {
            throw SDLError("creating a \(width)x\(height) surface")
        }
        guard let renderer = SDL_CreateSoftwareRenderer(surface) else {
            SDL_FreeSurface(surface)
            throw SDLError("creating the software renderer")
        }
        self.libraries = libraries
        self.surface = surface
        self.renderer = renderer
        self.width = width
        self.height = height
        self.drawing = DrawListRenderer(renderer: renderer, assets: assets, log: log)
    }

    deinit {
        drawing.releaseResources()
        SDL_DestroyRenderer(renderer)
        SDL_FreeSurface(surface)
    }

    /// Paints `list` over the surface (a list normally starts with `.clear`).
    public func render(_ list: DrawList) {
        SDL_SetRenderDrawColor(renderer, 0, 0, 0, 255)
        SDL_RenderClear(renderer)
        drawing.draw(list)
        SDL_RenderPresent(renderer)
    }

    /// The surface as a PNG file.
    public func savePNG(to path: String) throws(SDLError) {
        guard IMG_SavePNG(surface, path) == 0 else { throw SDLError("writing \(path)") }
    }

    /// A copy of the surface's pixels.
    public func image() throws(SDLError) -> RGBAImage { try RGBAImage(copying: surface) }
}
