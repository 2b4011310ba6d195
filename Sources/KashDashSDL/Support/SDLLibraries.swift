import CSDL2

/// The SDL subsystems in use, started once and shut down in reverse order.
///
/// Offscreen rendering needs no video driver at all: only SDL_image and SDL_ttf. A window
/// additionally needs the video subsystem (and optionally audio and game controllers).
public final class SDLLibraries {
    public private(set) var subsystems: UInt32 = 0
    private var imageStarted = false
    private var ttfStarted = false

    /// Starts SDL core, SDL_image (PNG) and SDL_ttf.
    public init() throws(SDLError) {
        SDL_SetMainReady()
        guard SDL_Init(0) == 0 else { throw SDLError("SDL_Init") }
        let pngFlag = Int32(IMG_INIT_PNG.rawValue)
        guard IMG_Init(pngFlag) & pngFlag != 0 else {
            SDL_Quit()
            throw SDLError("IMG_Init(PNG)")
        }
        imageStarted = true
        guard TTF_Init() == 0 else {
            IMG_Quit()
            SDL_Quit()
            throw SDLError("TTF_Init")
        }
        ttfStarted = true
    }

    /// Starts one more subsystem (e.g. `SDL_INIT_VIDEO`); throws if it cannot start.
    public func start(_ flags: UInt32, what: String) throws(SDLError) {
        guard SDL_InitSubSystem(flags) == 0 else { throw SDLError("starting SDL \(what)") }
        subsystems |= flags
    }

    /// Shuts one subsystem down again (the window does, to retry video with another driver).
    public func stop(_ flags: UInt32) {
        guard subsystems & flags != 0 else { return }
        SDL_QuitSubSystem(flags)
        subsystems &= ~flags
    }

    deinit {
        if subsystems != 0 { SDL_QuitSubSystem(subsystems) }
        if ttfStarted { TTF_Quit() }
        if imageStarted { IMG_Quit() }
        SDL_Quit()
    }
}
