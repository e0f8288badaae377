"""Rooms: a back wall, a floor and side walls in one-point perspective, a window, furniture.

Each kind of room gets the few pieces that make it read at a glance: a bed, a counter and
cupboards, a blackboard and desks, shelves of books, pews and a tall window, a stage curtain.
A corridor is a long perspective with doors; a stairwell has stairs to climb.
"""

from __future__ import annotations

import math

import skia

from dreamjournal.render.colour import RGB, mix, scale
from dreamjournal.render.draw import fill, gradient_rect, poly, radial, rect, stroke, vgradient
from dreamjournal.render.world import World

ROOMS = frozenset(
    {"room", "bedroom", "bathroom", "kitchen", "living_room", "corridor", "stairwell", "attic",
     "basement", "school", "classroom", "office", "shop", "restaurant", "hospital", "church",
     "library", "museum", "hotel", "prison", "elevator", "theatre", "stage", "party"}
)  # fmt: skip
WOOD: RGB = (132, 92, 60)
_WALLS: dict[str, RGB] = {
    "kitchen": (226, 214, 182), "bathroom": (200, 224, 230), "hospital": (214, 230, 226),
    "school": (226, 210, 168), "classroom": (226, 210, 168), "library": (150, 110, 80),
    "church": (196, 186, 170), "prison": (140, 140, 146), "basement": (120, 116, 110),
    "attic": (160, 124, 92), "theatre": (110, 40, 50), "stage": (110, 40, 50),
    "party": (120, 80, 150), "museum": (230, 226, 218), "office": (200, 204, 208),
}  # fmt: skip


def _box(wd: World) -> tuple[float, float, float, float]:
    """The back wall's box: it sits a little above the floor line, centred."""
    return wd.x(0.14), wd.y(0.08), wd.x(0.86), wd.horizon + wd.unit * 0.9


def room(wd: World, far: skia.Canvas, mid: skia.Canvas, near: skia.Canvas, kind: str) -> None:
    """A room of `kind`."""
    lk = wd.look
    wall = scale(mix(lk.wall, _WALLS.get(kind, lk.wall), 0.6), min(1.0, lk.brightness + 0.15))
    if kind == "corridor" or kind == "hospital" and wd.rng.random() < 0.5:
        return corridor(wd, far, mid, near, wall)
    x0, y0, x1, y1 = _box(wd)
    far.drawRect(rect(0, 0, wd.w, wd.h), fill(scale(wall, 0.7)))
    gradient_rect(far, rect(x0, y0, x1, y1), vgradient(y0, y1, [wall, scale(wall, 0.85)]))
    floor = (
        scale(mix(WOOD, wall, 0.3), 0.8)
        if kind not in {"bathroom", "hospital", "kitchen"}
        else scale(wall, 0.75)
    )
    near.save()  # the floor: a trapezoid, its gradient filled through a clip (cheap, see draw.py)
    near.clipPath(poly([(x0, y1), (x1, y1), (wd.w, wd.h), (0, wd.h)]), doAntiAlias=True)
    gradient_rect(near, rect(0, y1, wd.w, wd.h), vgradient(y1, wd.h, [floor, scale(floor, 0.7)]))
    near.restore()
    for i in range(1, 9):  # floorboards or tiles run towards the back wall
        f = i / 9
        near.drawLine(x0 + (x1 - x0) * f, y1, wd.w * f, wd.h, stroke(scale(floor, 0.8), 1.5, 0.6))
    side = scale(wall, 0.78)
    far.drawPath(poly([(0, 0), (x0, y0), (x0, y1), (0, wd.h)]), fill(side))
    far.drawPath(poly([(wd.w, 0), (x1, y0), (x1, y1), (wd.w, wd.h)]), fill(side))
    far.drawPath(poly([(0, 0), (wd.w, 0), (x1, y0), (x0, y0)]), fill(scale(wall, 0.6)))
    if kind not in {"basement", "prison", "elevator", "theatre", "stage"}:
        # A kitchen's window sits between the wall cupboards and the counter (not behind them).
        low = kind == "kitchen"
        window(
            wd,
            far,
            (x0 + x1) / 2 + (x1 - x0) * 0.22,
            y0 + (y1 - y0) * (0.5 if low else 0.3),
            (x1 - x0) * 0.16,
            (y1 - y0) * (0.24 if low else 0.36),
        )
    furnish(wd, far, mid, near, kind, (x0, y0, x1, y1), wall)
    if lk.brightness < 0.7 or lk.night:  # a lamp's warm pool of light
        x, y = (x0 + x1) / 2 - (x1 - x0) * 0.25, y0 + (y1 - y0) * 0.25
        mid.drawCircle(x, y, wd.unit * 3, radial(x, y, wd.unit * 3, (255, 214, 150), 0.35))


def window(wd: World, c: skia.Canvas, cx: float, cy: float, w: float, h: float) -> None:
    """A window with the sky (by time of day) outside; its centre is an anchor for sky symbols."""
    lk = wd.look
    c.drawRect(
        rect(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2),
        vgradient(cy - h / 2, cy + h / 2, [lk.sky_top, lk.sky_low]),
    )
    frame = stroke(scale(lk.wall, 0.55), max(3.0, w * 0.05), round_cap=False)
    c.drawRect(rect(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), frame)
    c.drawLine(cx, cy - h / 2, cx, cy + h / 2, frame)
    c.drawLine(cx - w / 2, cy, cx + w / 2, cy, frame)
    wd.anchors["window"] = (cx, cy)
    wd.window = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def corridor(wd: World, far: skia.Canvas, mid: skia.Canvas, near: skia.Canvas, wall: RGB) -> None:
    """A long corridor: walls, floor and ceiling converge on a lit end; doors along both sides."""
    vx, vy = wd.x(0.5), wd.horizon - wd.unit * 0.6
    ex, ey = wd.unit * 0.9, wd.unit * 1.3
    far.drawRect(rect(0, 0, wd.w, wd.h), fill(scale(wall, 0.75)))
    far.drawRect(rect(vx - ex, vy - ey, vx + ex, vy + ey), fill(mix(wall, (255, 246, 220), 0.6)))
    far.drawCircle(vx, vy, wd.unit * 3, radial(vx, vy, wd.unit * 3, (255, 240, 210), 0.5))
    near.drawPath(
        poly([(vx - ex, vy + ey), (vx + ex, vy + ey), (wd.w, wd.h), (0, wd.h)]),
        fill(scale(wall, 0.55)),
    )
    far.drawPath(
        poly([(0, 0), (wd.w, 0), (vx + ex, vy - ey), (vx - ex, vy - ey)]), fill(scale(wall, 0.6))
    )
    for k in range(1, 6):  # doors recede; lights on the ceiling
        f = (k / 6) ** 1.7
        for side in (-1, 1):
            xa = vx + side * (ex + (wd.w / 2 - ex) * (1 - f))
            xb = vx + side * (ex + (wd.w / 2 - ex) * (1 - f) * 0.88)
            ha = (ey + (wd.h / 2 - ey) * (1 - f)) * 0.95
            hb = (ey + (wd.h / 2 - ey) * (1 - f) * 0.88) * 0.95
            door = poly([(xa, vy + ha), (xa, vy - ha * 0.35), (xb, vy - hb * 0.35), (xb, vy + hb)])
            mid.drawPath(door, fill(scale(WOOD, 0.6 + 0.3 * f)))
        ly = vy - (ey + (wd.h / 2 - ey) * (1 - f)) * 0.9
        mid.drawOval(
            rect(vx - wd.unit * (1 - f) * 1.2, ly - 3, vx + wd.unit * (1 - f) * 1.2, ly + 3),
            fill((255, 250, 230), 0.8),
        )
    wd.anchors["door"] = (vx, vy)


def _shelves(
    c: skia.Canvas, wd: World, x0: float, y0: float, x1: float, y1: float, goods: bool
) -> None:
    c.drawRect(rect(x0, y0, x1, y1), fill(scale(WOOD, 0.6)))
    rows = 5
    for r in range(rows):
        top = y0 + (y1 - y0) * r / rows
        c.drawRect(
            rect(x0, top + (y1 - y0) / rows - 4, x1, top + (y1 - y0) / rows), fill(scale(WOOD, 0.9))
        )
        x = x0 + 3
        while x < x1 - 6:
            bw = 4 + 7 * wd.rng.random()
            hue = [(150, 50, 50), (50, 80, 130), (60, 110, 70), (190, 150, 70), (110, 70, 120)][
                int(wd.rng.random() * 5)
            ]
            hh = (y1 - y0) / rows * (0.55 + 0.3 * wd.rng.random())
            col = (
                scale(hue, wd.look.brightness)
                if not goods
                else scale((200, 200, 190), wd.look.brightness)
            )
            c.drawRect(
                rect(x, top + (y1 - y0) / rows - 4 - hh, x + bw - 1, top + (y1 - y0) / rows - 4),
                fill(col),
            )
            x += bw + (6 if goods else 0)


def furnish(
    wd: World,
    far: skia.Canvas,
    mid: skia.Canvas,
    near: skia.Canvas,
    kind: str,
    box: tuple[float, float, float, float],
    wall: RGB,
) -> None:
    """The pieces that make a room of `kind` read at a glance."""
    x0, y0, x1, y1 = box
    u, b = wd.unit, wd.look.brightness
    wood = scale(WOOD, b)
    if kind in {"bedroom", "hotel", "hospital"}:
        bx = x0 + (x1 - x0) * 0.08
        sheet = scale((236, 236, 240) if kind == "hospital" else (200, 210, 236), b)
        mid.drawRect(rect(bx, y1 - u * 1.9, bx + u * 0.3, y1 + u * 0.2), fill(wood))
        mid.drawRoundRect(
            rect(bx, y1 - u * 0.9, bx + u * 4.2, y1 + u * 0.1), u * 0.2, u * 0.2, fill(sheet)
        )
        mid.drawRoundRect(
            rect(bx + u * 0.35, y1 - u * 1.2, bx + u * 1.2, y1 - u * 0.75),
            u * 0.2,
            u * 0.2,
            fill(scale((250, 250, 250), b)),
        )
        wd.anchors["seat"] = (bx + u * 2.6, y1 - u * 0.9)
    if kind == "kitchen":
        far.drawRect(
            rect(x0, y0 + (y1 - y0) * 0.1, x1, y0 + (y1 - y0) * 0.35),
            fill(scale((180, 160, 120), b)),
        )
        mid.drawRect(rect(x0, y1 - u * 1.4, x1, y1 + u * 0.1), fill(scale((170, 150, 115), b)))
        mid.drawRect(rect(x0, y1 - u * 1.5, x1, y1 - u * 1.35), fill(scale((220, 220, 215), b)))
        for i in range(6):
            x = x0 + (x1 - x0) * (i + 0.5) / 6
            mid.drawCircle(x, y1 - u * 0.6, u * 0.06, fill(scale((90, 90, 90), b)))
        far.drawRoundRect(
            rect(x0 + u * 0.4, y1 - u * 3.2, x0 + u * 1.6, y1 - u * 1.5),
            4,
            4,
            fill(scale((230, 230, 230), b)),
        )
    if kind == "bathroom":
        mid.drawRoundRect(
            rect(x0 + u * 0.3, y1 - u * 1.2, x0 + u * 4.3, y1 + u * 0.1),
            u * 0.5,
            u * 0.5,
            fill(scale((244, 244, 246), b)),
        )
        far.drawRect(
            rect(x1 - u * 2.2, y0 + u * 1.2, x1 - u * 0.8, y0 + u * 3.2),
            fill(scale((190, 214, 228), b)),
        )
        wd.anchors["mirror"] = (x1 - u * 1.5, y0 + u * 2.2)
    if kind in {"living_room", "room", "house", "childhood_home", "attic", "hotel", "party"}:
        sofa = scale((140, 90, 100) if kind != "party" else (90, 70, 130), b)
        mid.drawRoundRect(
            rect(x0 + u * 0.2, y1 - u * 1.6, x0 + u * 4, y1 + u * 0.1), u * 0.4, u * 0.4, fill(sofa)
        )
        mid.drawRoundRect(
            rect(x0 + u * 0.4, y1 - u * 0.9, x0 + u * 3.8, y1 - u * 0.1),
            u * 0.3,
            u * 0.3,
            fill(scale(sofa, 1.2)),
        )
        wd.anchors["seat"] = (x0 + u * 2.1, y1 - u * 0.9)
        far.drawRect(
            rect(x0 + u * 1.2, y0 + u * 1.2, x0 + u * 3, y0 + u * 2.4),
            fill(scale((90, 120, 110), b)),
        )
    if kind in {"school", "classroom"}:
        far.drawRect(
            rect(
                x0 + (x1 - x0) * 0.12,
                y0 + (y1 - y0) * 0.2,
                x0 + (x1 - x0) * 0.6,
                y0 + (y1 - y0) * 0.62,
            ),
            fill(scale((40, 70, 56), b)),
        )
        for i in range(3):
            yy = y0 + (y1 - y0) * (0.3 + 0.1 * i)
            far.drawLine(
                x0 + (x1 - x0) * 0.17,
                yy,
                x0 + (x1 - x0) * (0.4 + 0.05 * i),
                yy,
                stroke(scale((230, 230, 220), b), 2, 0.8),
            )
        for r in range(2):
            for i in range(4):
                x = x0 + (x1 - x0) * (0.05 + 0.25 * i) - r * u * 1.2
                y = y1 + u * (0.5 + r * 1.4)
                mid.drawRect(rect(x, y - u * 0.7, x + u * 1.8, y - u * 0.55), fill(wood))
                mid.drawLine(x + u * 0.2, y - u * 0.6, x + u * 0.2, y, stroke(scale(wood, 0.7), 3))
                mid.drawLine(x + u * 1.6, y - u * 0.6, x + u * 1.6, y, stroke(scale(wood, 0.7), 3))
    if kind in {"library", "shop", "museum"}:
        goods = kind == "shop"
        if kind == "museum":
            for i in range(3):
                x = x0 + (x1 - x0) * (0.12 + 0.3 * i)
                far.drawRect(
                    rect(x, y0 + u * 1.2, x + u * 1.8, y0 + u * 2.6), fill(scale((200, 170, 90), b))
                )
                far.drawRect(
                    rect(x + u * 0.15, y0 + u * 1.35, x + u * 1.65, y0 + u * 2.45),
                    fill(scale([(70, 100, 140), (160, 90, 70), (80, 130, 90)][i], b)),
                )
        else:
            _shelves(far, wd, x0 + u * 0.2, y0 + u * 0.4, x0 + (x1 - x0) * 0.42, y1, goods)
            _shelves(mid, wd, wd.x(0.0), wd.y(0.05), x0 + u * 0.2, wd.ground - u * 0.3, goods)
            _shelves(mid, wd, x1 - u * 0.2, wd.y(0.05), wd.x(1.0), wd.ground - u * 0.3, goods)
            if kind == "library":  # a dome's arch over the back wall
                cx = (x0 + x1) / 2
                far.drawArc(
                    rect(cx - (x1 - x0) * 0.45, y0 - u * 2, cx + (x1 - x0) * 0.45, y0 + u * 3),
                    180,
                    180,
                    False,
                    stroke(scale(WOOD, b * 1.2), u * 0.25),
                )
    if kind in {"office", "restaurant"}:
        for i in range(2 if kind == "office" else 3):
            x = x0 + (x1 - x0) * (0.1 + 0.33 * i)
            mid.drawRect(
                rect(x, y1 - u * 0.9, x + u * 2.2, y1 - u * 0.75),
                fill(wood if kind == "office" else scale((240, 236, 230), b)),
            )
            mid.drawLine(
                x + u * 1.1, y1 - u * 0.8, x + u * 1.1, y1 + u * 0.2, stroke(scale(wood, 0.7), 4)
            )
            if kind == "office":
                mid.drawRect(
                    rect(x + u * 0.6, y1 - u * 1.8, x + u * 1.6, y1 - u * 1.05),
                    fill(scale((40, 50, 70), b)),
                )
    if kind == "church":
        cx = (x0 + x1) / 2
        far.drawPath(
            _arch(cx, y0 + (y1 - y0) * 0.15, u * 1.1, (y1 - y0) * 0.55),
            fill(mix((120, 80, 170), (250, 200, 90), 0.4)),
        )
        for r in range(3):
            y = y1 + u * (0.4 + r * 1.1)
            for side in (-1, 1):
                mid.drawRect(
                    rect(
                        cx + side * u * 0.8 - (u * 3.5 if side < 0 else 0),
                        y - u * 0.5,
                        cx + side * u * 0.8 + (u * 3.5 if side > 0 else 0),
                        y,
                    ),
                    fill(wood),
                )
    if kind in {"theatre", "stage"}:
        red = scale((150, 30, 40), b + 0.2)
        for side in (-1, 1):
            cx = wd.x(0.5 + side * 0.42)
            mid.drawRect(rect(cx - u * 2.2, 0, cx + u * 2.2, wd.h), fill(red))
            for k in range(6):
                x = cx - u * 2.2 + k * u * 0.8
                mid.drawLine(x, 0, x, wd.h, stroke(scale(red, 0.7), 3))
        x = wd.x(0.5)
        far.drawCircle(x, y1 - u, u * 4, radial(x, y1 - u, u * 4, (255, 240, 200), 0.45))
    if kind == "party":
        for i in range(14):
            x = x0 + (x1 - x0) * i / 13
            far.drawCircle(
                x,
                y0 + u * (0.5 + 0.3 * math.sin(i)),
                u * 0.12,
                fill([(250, 200, 60), (240, 90, 140), (90, 200, 240)][i % 3]),
            )
    if kind == "prison":
        for i in range(16):
            x = wd.w * i / 16
            near.drawLine(x, 0, x, wd.h, stroke(scale((60, 60, 66), b + 0.2), u * 0.12))
    if kind == "elevator":
        steel = scale((170, 174, 180), b + 0.1)
        far.drawRect(rect(x0, y0, x1, y1), fill(steel))
        far.drawLine((x0 + x1) / 2, y0, (x0 + x1) / 2, y1, stroke(scale(steel, 0.6), 3))
    if kind == "stairwell" or kind == "attic":
        steps = 7
        for i in range(steps):
            x = x1 - (x1 - x0) * 0.45 + i * u * 0.55
            y = y1 - i * u * 0.45
            mid.drawRect(rect(x, y - u * 0.45, x1 + u * 3, y), fill(scale(wood, 0.9 + 0.02 * i)))
        wd.anchors["stairs"] = (x1 - (x1 - x0) * 0.45, y1)
    if kind == "basement":
        for i in range(3):
            x = x0 + (x1 - x0) * (0.1 + 0.3 * i)
            far.drawLine(x, y0, x + u, y0, stroke(scale((90, 90, 90), b), 6))


def _arch(cx: float, top: float, half: float, height: float) -> skia.Path:
    path = skia.Path()
    path.moveTo(cx - half, top + height)
    path.lineTo(cx - half, top + half)
    path.arcTo(rect(cx - half, top, cx + half, top + 2 * half), 180, 180, False)
    path.lineTo(cx + half, top + height)
    path.close()
    return path
