import CSDL2
import Foundation
import KashDashGame

/// Filled and outlined (rounded) rectangles on any SDL renderer, in float coordinates.
///
/// Square corners use SDL's rectangle calls; rounded ones are triangle meshes
/// (`SDL_RenderGeometry`), which the software renderer supports too.
struct Shapes {
    let renderer: OpaquePointer
    private var vertices: [SDL_Vertex] = []
    private var indices: [Int32] = []
    /// Reused contour buffers: shapes are drawn every frame.
    private var outer: [Point] = []
    private var inner: [Point] = []

    init(renderer: OpaquePointer) { self.renderer = renderer }

    mutating func fill(_ rect: Rect, _ color: Color, cornerRadius: Double) {
        guard rect.width > 0, rect.height > 0, color.a > 0 else { return }
        let radius = min(cornerRadius, rect.width / 2, rect.height / 2)
        if radius < 0.5 {
            SDL_SetRenderDrawColor(renderer, color.r, color.g, color.b, color.a)
            var box = SDL_FRect(x: Float(rect.x), y: Float(rect.y), w: Float(rect.width), h: Float(rect.height))
            SDL_RenderFillRectF(renderer, &box)
            return
        }
        Self.contour(rect, radius: radius, segments: Self.segments(for: radius), into: &outer)
        let sdlColor = SDL_Color(r: color.r, g: color.g, b: color.b, a: color.a)
        vertices.removeAll(keepingCapacity: true)
        indices.removeAll(keepingCapacity: true)
        vertices.append(vertex(rect.midX, rect.midY, sdlColor))
        for point in outer { vertices.append(vertex(point.x, point.y, sdlColor)) }
        let count = Int32(outer.count)
        for index in 0..<count {
            indices.append(0)
            indices.append(1 + index)
            indices.append(1 + (index + 1) % count)
        }
        SDL_RenderGeometry(renderer, nil, vertices, Int32(vertices.count), indices, Int32(indices.count))
    }

    mutating func stroke(_ rect: Rect, _ color: Color, lineWidth: Double, cornerRadius: Double) {
        guard rect.width > 0, rect.height > 0, lineWidth > 0, color.a > 0 else { return }
        let line = min(lineWidth, rect.width / 2, rect.height / 2)
        let radius = min(cornerRadius, rect.width / 2, rect.height / 2)
        if radius < 0.5 {
            fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: line), color, cornerRadius: 0)
            fill(Rect(x: rect.x, y: rect.maxY - line, width: rect.width, height: line), color, cornerRadius: 0)
            fill(Rect(x: rect.x, y: rect.y + line, width: line, height: rect.height - 2 * line), color, cornerRadius: 0)
            fill(Rect(x: rect.maxX - line, y: rect.y + line, width: line, height: rect.height - 2 * line), color, cornerRadius: 0)
            return
        }
        let segments = Self.segments(for: radius)
        Self.contour(rect, radius: radius, segments: segments, into: &outer)
        Self.contour(rect.insetBy(line), radius: max(0, radius - line), segments: segments, into: &inner)
        let sdlColor = SDL_Color(r: color.r, g: color.g, b: color.b, a: color.a)
        vertices.removeAll(keepingCapacity: true)
        indices.removeAll(keepingCapacity: true)
        for index in outer.indices {
            vertices.append(vertex(outer[index].x, outer[index].y, sdlColor))
            vertices.append(vertex(inner[index].x, inner[index].y, sdlColor))
        }
        let count = Int32(outer.count)
        for index in 0..<count {
            let next = (index + 1) % count
            let (o0, i0, o1, i1) = (2 * index, 2 * index + 1, 2 * next, 2 * next + 1)
            indices.append(o0); indices.append(o1); indices.append(i0)
            indices.append(i0); indices.append(o1); indices.append(i1)
        }
        SDL_RenderGeometry(renderer, nil, vertices, Int32(vertices.count), indices, Int32(indices.count))
    }

    private func vertex(_ x: Double, _ y: Double, _ color: SDL_Color) -> SDL_Vertex {
        SDL_Vertex(position: SDL_FPoint(x: Float(x), y: Float(y)), color: color, tex_coord: SDL_FPoint(x: 0, y: 0))
    }

    private static func segments(for radius: Double) -> Int { max(3, min(16, Int(radius / 3))) }

    /// Points around a rounded rectangle, clockwise from the top-left corner's start; every
    /// corner gets `segments + 1` points so two contours can be stitched into a ring.
    private static func contour(_ rect: Rect, radius: Double, segments: Int, into points: inout [Point]) {
        let corners: [(cx: Double, cy: Double, start: Double)] = [
            (rect.minX + radius, rect.minY + radius, Double.pi),
            (rect.maxX - radius, rect.minY + radius, 1.5 * Double.pi),
            (rect.maxX - radius, rect.maxY - radius, 0),
            (rect.minX + radius, rect.maxY - radius, 0.5 * Double.pi),
        ]
        points.removeAll(keepingCapacity: true)
        for corner in corners {
            for step in 0...segments {
                let angle = corner.start + Double(step) / Double(segments) * (Double.pi / 2)
                points.append(Point(x: corner.cx + radius * cos(angle), y: corner.cy + radius * sin(angle)))
            }
        }
    }
}
