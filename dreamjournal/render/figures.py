"""Figures that act: people as jointed silhouettes, animals, creatures and groups.

A person is a skeleton (hips, knees, shoulders, elbows) posed per frame by their action and
drawn as thick round-capped strokes with a head: a clear silhouette at any size. `Motion`
places the figure over the shot (walking across, flying high, falling, swimming at the water
line...); `pose` bends the limbs (a walk cycle, strokes, a seated or lying body).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import skia

from dreamjournal.render.colour import RGB
from dreamjournal.render.draw import fill, poly, smooth, stroke
from dreamjournal.render.draw import glow as soft_light

# action -> (speed across the view per shot, limb swing, gait rate in cycles a second)
GAITS: dict[str, tuple[float, float, float]] = {
    "walk": (0.28, 0.45, 0.9), "run": (0.5, 0.85, 1.6), "flee": (0.55, 0.9, 1.7),
    "chase": (0.5, 0.85, 1.6), "enter": (0.25, 0.45, 0.9), "leave": (0.3, 0.45, 0.9),
    "arrive": (0.25, 0.45, 0.9), "search": (0.15, 0.35, 0.7), "dance": (0.08, 0.6, 1.1),
    "climb": (0.2, 0.5, 0.8), "swim": (0.25, 0.8, 0.7), "fly": (0.45, 0.15, 0.5),
    "ride": (0.35, 0.3, 1.2), "drive": (0.4, 0.0, 0.0), "play": (0.1, 0.5, 1.2),
}  # fmt: skip
SEATED = frozenset({"sit", "eat", "wait_seated"})
CROUCHED = frozenset({"hide", "freeze", "shake"})  # knees up: the hips come down to the feet
LYING = frozenset({"lie", "sleep"})
AIRBORNE = frozenset({"fly", "float", "fall"})
# How a four-legged animal holds itself for an action (others stand).
POSTURES: dict[str, str] = {"sit": "sit", "wait": "sit", "eat": "sit", "lie": "lie", "sleep": "lie",
                            "hide": "lie"}  # fmt: skip
IN_WATER = frozenset({"swim", "sink"})


@dataclass(frozen=True)
class Placement:
    """Where a figure is at one moment: feet (or body centre) x, y, facing, tilt, alpha."""

    x: float
    y: float
    facing: float  # +1 right, -1 left
    tilt: float  # radians: the whole body turned about the hips (fly, swim, fall, lie)
    alpha: float = 1.0


def _ease(u: float) -> float:
    u = min(1.0, max(0.0, u))
    return u * u * (3 - 2 * u)


def place(
    action: str,
    u: float,
    t: float,
    home: tuple[float, float],
    span: float,
    height: float,
    water: float | None,
    sky_y: float,
) -> Placement:
    """Where a figure doing `action` is at shot progress u (home = its feet at rest)."""
    hx, hy = home
    speed = GAITS.get(action, (0.0, 0.0, 0.0))[0]
    facing = -1.0 if action in {"leave"} else 1.0
    x = hx + (u - 0.5) * speed * span
    if action in AIRBORNE:
        if action == "fly":
            return Placement(
                hx + (u - 0.5) * 0.55 * span,
                sky_y + math.sin(t * 1.3) * height * 0.08,
                1.0,
                math.radians(70),
            )
        if action == "float":
            return Placement(
                hx,
                sky_y + height * 0.6 + math.sin(t * 1.1) * height * 0.12,
                1.0,
                math.sin(t * 0.7) * 0.15,
            )
        fall = _ease(u)  # fall: from high to low, turning slowly, slowing before the ground
        return Placement(
            hx + math.sin(u * 3) * height * 0.3, sky_y + (hy - sky_y) * fall * 0.9, 1.0, u * 1.4
        )
    if action in IN_WATER:
        wy = water if water is not None else hy - height * 0.1
        if action == "swim":  # lying along the surface: the hips (the pivot) at the water line
            return Placement(
                x, wy + height * 0.52 + math.sin(t * 2) * height * 0.02, 1.0, math.radians(80)
            )
        return Placement(
            hx, wy + height * (0.3 + 0.6 * _ease(u)), 1.0, math.sin(t) * 0.1, 1.0 - 0.4 * u
        )
    if action in SEATED:  # on a stool: the feet on the ground, the hips at knee height
        return Placement(hx, hy, 1.0, 0.0)
    if action in LYING:
        return Placement(hx, hy, 1.0, math.radians(90))
    if action == "climb":
        return Placement(hx + u * 0.2 * span, hy - u * height * 0.9, 1.0, -0.05)
    if action in {"disappear"}:
        return Placement(hx, hy, 1.0, 0.0, 1.0 - 0.8 * _ease(u))
    if action in {"arrive", "enter"}:
        return Placement(x, hy, 1.0, 0.0, min(1.0, 0.2 + u * 2))
    if action == "dance":
        return Placement(
            hx + math.sin(t * 1.5) * height * 0.2,
            hy - abs(math.sin(t * 3.0)) * height * 0.05,
            1.0 if math.sin(t * 0.8) > 0 else -1.0,
            math.sin(t * 3) * 0.1,
        )
    if action in {"shake", "freeze"}:
        return Placement(hx + math.sin(t * 40) * height * 0.01 * (action == "shake"), hy, 1.0, 0.0)
    lean = -0.18 if action in {"run", "flee", "chase"} else 0.0
    return Placement(x, hy, facing, lean * facing)


def pose(action: str, t: float) -> dict[str, float]:
    """Joint angles (radians from hanging straight down) for an action at time t: a positive
    hip or arm angle points the limb forward (the way the figure faces); a knee bends back."""
    _, swing, rate = GAITS.get(action, (0.0, 0.0, 0.0))
    ph = 2 * math.pi * rate * t
    s = math.sin(ph)
    p = {"hipL": s * swing, "hipR": -s * swing, "kneeL": 0.0, "kneeR": 0.0}
    p.update(armL=-s * swing * 0.9, armR=s * swing * 0.9, elbowL=0.3, elbowR=0.3)
    if swing:
        p["kneeL"] = max(0.0, -math.cos(ph)) * swing * 1.2
        p["kneeR"] = max(0.0, math.cos(ph)) * swing * 1.2
    if action in SEATED:
        # Thighs forward (the way the figure faces), shins down to the floor, hands on the lap.
        p.update(hipL=1.5, hipR=1.45, kneeL=1.5, kneeR=1.5, armL=0.45, armR=0.35)
        p.update(elbowL=0.7, elbowR=0.8)
    elif action == "fly":
        p.update(
            armL=math.pi * 0.95,
            armR=math.pi * 0.9,
            elbowL=0.0,
            elbowR=0.0,
            hipL=0.1 + 0.1 * s,
            hipR=-0.05,
        )
    elif action == "float":
        p.update(
            armL=-1.3 + 0.2 * s, armR=1.3 - 0.2 * s, elbowL=0.1, elbowR=0.1, hipL=0.2, hipR=-0.2
        )
    elif action == "fall":
        p.update(armL=-2.2 + 0.3 * s, armR=2.2 - 0.3 * s, hipL=0.4, hipR=-0.4, kneeL=0.5, kneeR=0.5)
    elif action == "swim":
        p.update(
            armL=ph % (2 * math.pi), armR=(ph + math.pi) % (2 * math.pi), elbowL=0.2, elbowR=0.2
        )
    elif action == "climb":
        p.update(
            armL=2.6 + 0.3 * s,
            armR=2.6 - 0.3 * s,
            hipL=0.7 * max(0, s),  # a knee raised forward onto the next step
            hipR=0.7 * max(0, -s),
            kneeL=1.2 * max(0, s),
            kneeR=1.2 * max(0, -s),
        )
    elif action in {"wave", "laugh"}:
        p.update(armR=2.6 + 0.35 * math.sin(t * 6), elbowR=0.4)
    elif action in {"shout", "cry"}:
        p.update(armL=2.8, armR=-2.8, elbowL=0.9, elbowR=0.9)
    elif action in {"embrace", "kiss", "hold", "give"}:
        p.update(armL=1.4, armR=1.5, elbowL=1.2, elbowR=1.3)
    elif action in CROUCHED:
        p.update(
            hipL=0.9, hipR=0.8, kneeL=1.8, kneeR=1.8, armL=1.0, armR=1.1, elbowL=1.5, elbowR=1.5
        )
    elif action in {"look", "search"}:
        p.update(armR=1.9, elbowR=1.6)
    elif action in {"fight", "attack"}:
        jab = max(0.0, math.sin(t * 5))
        p.update(armL=1.5, armR=1.5 + 0.1 * jab, elbowL=1.6, elbowR=1.6 - 1.4 * jab)
    elif action == "dance":
        p.update(armL=-2.5 + 0.4 * s, armR=2.5 + 0.4 * s, elbowL=0.6, elbowR=0.6)
    elif action in {"stand", "talk", "wait", "open", "arrive", "transform", "disappear", "burn"}:
        breathe = 0.04 * math.sin(t * 1.3)
        p.update(
            armL=0.28 + breathe,
            armR=-0.28 - breathe,
            elbowL=-0.15,
            elbowR=-0.15,
            hipL=0.12,
            hipR=-0.12,
        )
    return p


def _limb(
    ox: float, oy: float, a1: float, a2: float, l1: float, l2: float
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The joint and end of a two-segment limb hanging from (ox, oy) at angles (0 = down)."""
    jx, jy = ox + math.sin(a1) * l1, oy + math.cos(a1) * l1
    a = a1 - a2
    return (jx, jy), (jx + math.sin(a) * l2, jy + math.cos(a) * l2)


def person_path(
    height: float, p: dict[str, float], facing: float, child: bool = False
) -> tuple[skia.Path, tuple[float, float], float]:
    """The stroked skeleton (feet at 0,0, upright) as a path, the head's centre and radius."""
    k = 0.8 if child else 1.0
    hip = (0.0, -height * 0.5)
    neck = (0.0, -height * 0.82)
    thigh, shin, upper, fore = height * 0.25, height * 0.25, height * 0.17 * k, height * 0.16 * k
    path = skia.Path()
    for side in ("L", "R"):
        f = facing
        knee, foot = _limb(hip[0], hip[1], p[f"hip{side}"] * f, p[f"knee{side}"] * f, thigh, shin)
        path.moveTo(*hip)
        path.lineTo(*knee)
        path.lineTo(*foot)
        elbow, hand = _limb(
            neck[0],
            neck[1] + height * 0.03,
            p[f"arm{side}"] * f,
            -p[f"elbow{side}"] * f,
            upper,
            fore,
        )
        path.moveTo(neck[0], neck[1] + height * 0.03)
        path.lineTo(*elbow)
        path.lineTo(*hand)
    path.moveTo(*hip)
    path.lineTo(*neck)
    return (
        path,
        (0.0, -height * (0.92 if not child else 0.9)),
        height * 0.085 * (1.15 if child else 1.0),
    )


def draw_person(
    c: skia.Canvas,
    pl: Placement,
    height: float,
    action: str,
    t: float,
    colour: RGB,
    glow: RGB | None = None,
) -> None:
    """A person at a placement: limbs as thick strokes, a round head, an optional soft glow."""
    path, head, r = person_path(height, pose(action, t), pl.facing)
    c.save()
    c.translate(pl.x, pl.y)
    if action in SEATED:
        seat = fill((120, 86, 60), pl.alpha)
        c.drawRect(
            skia.Rect.MakeLTRB(-height * 0.14, -height * 0.27, height * 0.16, -height * 0.23), seat
        )
        for sx in (-0.12, 0.13):
            c.drawRect(
                skia.Rect.MakeLTRB(height * sx, -height * 0.25, height * (sx + 0.025), 0), seat
            )
        c.translate(0, height * 0.24)
    elif action in CROUCHED:  # the feet (thighs forward-up, shins back-down) on the ground
        c.translate(0, height * 0.19)
    if glow is not None:  # a soft light around the dreamer (a sprite: cheap, unlike a blur)
        # Round, so drawn before the tilt at where the tilt puts its centre: skia samples a
        # rotated sprite about 7x slower than a scaled one.
        turn = pl.tilt * pl.facing
        gx, gy = height * 0.05 * math.sin(turn), -height * (0.5 + 0.05 * math.cos(turn))
        soft_light(c, gx, gy, height * 0.62, glow, 0.3 * pl.alpha)
    if pl.tilt:
        c.translate(0, -height * 0.5)
        c.rotate(math.degrees(pl.tilt) * pl.facing)
        c.translate(0, height * 0.5)
    width = height * 0.085
    c.drawPath(path, stroke(colour, width, pl.alpha))
    torso = poly(
        [
            (-width * 0.9, -height * 0.5),
            (width * 0.9, -height * 0.5),
            (width * 1.1, -height * 0.8),
            (-width * 1.1, -height * 0.8),
        ]
    )
    c.drawPath(torso, fill(colour, pl.alpha))
    c.drawCircle(head[0], head[1], r, fill(colour, pl.alpha))
    c.restore()


def draw_car(
    c: skia.Canvas, x: float, y: float, height: float, colour: RGB, t: float, alpha: float = 1.0
) -> None:
    """A car around a seated driver of `height` whose feet are at (x, y), facing +x: its body in
    front of the legs, its windows clear enough to show the driver's head and shoulders."""
    h = height
    bob = math.sin(t * 9) * h * 0.004
    c.save()
    c.translate(x, y + bob)
    body = fill(colour, alpha)
    for wx in (-0.5, 0.52):  # wheels, turning
        c.drawCircle(wx * h, -h * 0.11, h * 0.11, fill((30, 30, 34), alpha))
        spoke = math.radians(t * 400)
        dx, dy = math.cos(spoke) * h * 0.07, math.sin(spoke) * h * 0.07
        hub = stroke((120, 120, 126), h * 0.015, alpha)
        c.drawLine(wx * h, -h * 0.11, wx * h + dx, -h * 0.11 + dy, hub)
    c.drawRoundRect(skia.Rect.MakeLTRB(-h * 0.78, -h * 0.44, h * 0.82, -h * 0.12), h * 0.08,
                    h * 0.08, body)  # fmt: skip
    pillar = stroke(colour, h * 0.05, alpha)
    roof = [
        (-h * 0.5, -h * 0.44),
        (-h * 0.4, -h * 0.8),
        (h * 0.28, -h * 0.8),
        (h * 0.46, -h * 0.44),
    ]
    c.drawPath(poly(roof, close=False), pillar)
    c.drawPath(poly(roof), fill((200, 220, 235), 0.25 * alpha))  # glass
    c.drawCircle(h * 0.8, -h * 0.3, h * 0.05, fill((255, 240, 190), alpha))  # a headlight
    c.restore()


def draw_animal(
    c: skia.Canvas,
    concept: str,
    x: float,
    y: float,
    size: float,
    t: float,
    moving: bool,
    colour: RGB,
    facing: float = 1.0,
    alpha: float = 1.0,
    posture: str = "stand",
) -> None:
    """An animal silhouette with its feet (or belly) at (x, y); legs move when it moves.

    A four-legged animal may `sit` (haunches on the ground, the front raised on straight
    forelegs) or `lie` (the body on the ground, legs folded under, the head low)."""
    paint = fill(colour, alpha)
    c.save()
    c.translate(x, y)
    c.scale(facing, 1.0)
    _outer = c.getTotalMatrix()  # the animal's own frame: feet at 0, facing +x
    s = size
    if concept == "bird":
        beat = math.sin(t * 7) * 0.5
        wing = stroke(colour, s * 0.1, alpha)
        c.drawPath(
            smooth(
                [
                    (-s * 0.5, -s * 0.3 - beat * s * 0.3),
                    (-s * 0.2, -s * 0.1),
                    (0, 0),
                    (s * 0.2, -s * 0.1),
                    (s * 0.5, -s * 0.3 - beat * s * 0.3),
                ],
                close=False,
            ),
            wing,
        )
    elif concept == "snake":
        pts = [
            (-s + k * s * 0.2, -s * 0.06 - math.sin(k * 0.9 + t * 3) * s * 0.1) for k in range(11)
        ]
        c.drawPath(smooth(pts, close=False), stroke(colour, s * 0.09, alpha))
        c.drawCircle(pts[-1][0] + s * 0.04, pts[-1][1], s * 0.07, paint)
    elif concept == "spider":
        c.drawCircle(0, -s * 0.25, s * 0.16, paint)
        c.drawCircle(s * 0.16, -s * 0.3, s * 0.09, paint)
        leg = stroke(colour, s * 0.03, alpha)
        for i in range(4):
            for side in (-1, 1):
                a = math.radians(25 + i * 35) + math.sin(t * 6 + i) * 0.1 * moving
                c.drawPath(
                    poly(
                        [
                            (0, -s * 0.25),
                            (side * math.cos(a) * s * 0.3, -s * 0.25 - math.sin(a) * s * 0.18),
                            (side * math.cos(a) * s * 0.45, 0),
                        ],
                        close=False,
                    ),
                    leg,
                )
    elif concept in {"fish", "shark", "whale"}:
        long = 1.6 if concept == "whale" else 1.0
        c.drawOval(skia.Rect.MakeLTRB(-s * 0.5 * long, -s * 0.36, s * 0.5 * long, -s * 0.04), paint)
        wag = math.sin(t * 4) * s * 0.1
        c.drawPath(
            poly(
                [
                    (-s * 0.45 * long, -s * 0.2),
                    (-s * 0.75 * long, -s * 0.38 + wag),
                    (-s * 0.75 * long, -s * 0.02 + wag),
                ]
            ),
            paint,
        )
        if concept == "shark":
            c.drawPath(
                poly([(-s * 0.1, -s * 0.34), (s * 0.05, -s * 0.6), (s * 0.15, -s * 0.34)]), paint
            )
    else:  # four legs: dog, wolf, cat, horse, bear, lion, tiger, rat, others
        dims = {
            "horse": (1.25, 1.25),
            "cat": (0.7, 0.6),
            "rat": (0.45, 0.3),
            "bear": (1.2, 0.95),
            "dog": (0.85, 0.75),
            "wolf": (1.0, 0.85),
        }
        lx, ly = dims.get(concept, (0.9, 0.8))
        body_w, leg = s * 0.5 * lx, s * 0.32 * ly
        top = -leg - s * 0.28 * ly
        heavy = concept in {"bear", "lion", "tiger"}  # thick legs, a big round body
        legs = stroke(colour, s * (0.17 if heavy else 0.08 * min(1.0, lx)), alpha)
        moving = moving and posture == "stand"
        if posture == "stand":
            gait = math.sin(t * 9) * 0.5 if moving else 0.0
            for i, bx in enumerate((-body_w * 0.8, -body_w * 0.55, body_w * 0.55, body_w * 0.8)):
                a = gait * (1 if i % 2 else -1)
                c.drawLine(bx, -leg, bx + math.sin(a) * leg, -leg + math.cos(a) * leg, legs)
        c.save()
        if posture == "sit":
            # A shorter body, its underside down on the ground, raised about the haunches.
            body_w *= 0.8
            pivot, angle = (-body_w * 0.85, -leg), -55.0
            c.translate(0, leg)
            c.rotate(angle, *pivot)
            a = math.radians(angle)
            for fx in (body_w * 0.45, body_w * 0.7):  # the forelegs, straight down
                sx = pivot[0] + (fx - pivot[0]) * math.cos(a)
                sy = pivot[1] + (fx - pivot[0]) * math.sin(a) + leg  # in the animal's frame
                c.save()
                c.setMatrix(_outer)
                c.drawLine(sx, sy, sx, 0, legs)
                c.restore()
        elif posture == "lie":
            c.translate(0, leg * 0.95)  # the belly on the ground, the legs folded under it
        c.drawRoundRect(
            skia.Rect.MakeLTRB(-body_w, top, body_w, -leg + s * 0.02),
            s * 0.12 * ly,
            s * 0.12 * ly,
            paint,
        )
        if heavy:  # a shoulder hump over the forelegs
            c.drawCircle(body_w * 0.45, top + s * 0.06, s * 0.22 * ly, paint)
        neck_up = {"horse": 0.55, "bear": 0.05}.get(concept, 0.25) * (
            0.2 if posture == "lie" else 1.0
        )
        hx, hy = body_w * 1.05, top - s * neck_up * ly * 0.6
        c.drawLine(body_w * 0.8, top + s * 0.08, hx, hy, stroke(colour, s * 0.16 * ly, alpha))
        c.drawOval(
            skia.Rect.MakeLTRB(
                hx - s * 0.08, hy - s * 0.1 * ly, hx + s * 0.22 * ly, hy + s * 0.08 * ly
            ),
            paint,
        )
        if concept == "bear":  # round ears
            for ex in (hx, hx + s * 0.1):
                c.drawCircle(ex, hy - s * 0.1 * ly, s * 0.05, paint)
        elif concept in {"cat", "wolf", "dog", "lion", "tiger"}:
            c.drawPath(
                poly(
                    [
                        (hx - s * 0.02, hy - s * 0.06),
                        (hx + s * 0.03, hy - s * 0.22 * ly),
                        (hx + s * 0.09, hy - s * 0.06),
                    ]
                ),
                paint,
            )
        tail_length = 0.25 if concept == "bear" else 1.0  # a bear's is a stub
        k = tail_length
        tail = [
            (-body_w, top + s * 0.05),
            (-body_w - s * 0.2 * k, top - s * 0.1 * k * (1 + math.sin(t * 2) * 0.3)),
            (-body_w - s * 0.3 * k, top - s * 0.05 * k),
        ]
        c.drawPath(smooth(tail, close=False), stroke(colour, s * 0.06, alpha))
        c.restore()
    c.restore()


def draw_creature(
    c: skia.Canvas, x: float, y: float, height: float, t: float, colour: RGB, alpha: float = 1.0
) -> None:
    """A soft floating shape (ghost, angel, monster, all alike: kind, not frightening)."""
    bob = math.sin(t * 1.4) * height * 0.05
    w = height * 0.3
    top = y - height + bob
    pts = [(x - w, y - height * 0.15 + bob)]
    for k in range(5):
        pts.append(
            (x - w + k * w / 2, y - height * 0.05 + bob + (k % 2) * height * 0.08 * math.sin(t * 2))
        )
    pts += [
        (x + w, y - height * 0.15 + bob),
        (x + w * 0.95, top + w),
        (x, top),
        (x - w * 0.95, top + w),
    ]
    c.drawPath(smooth(pts), fill(colour, alpha * 0.9))
    eye = fill((20, 24, 40), alpha)
    c.drawCircle(x - w * 0.3, top + w * 0.9, w * 0.1, eye)
    c.drawCircle(x + w * 0.3, top + w * 0.9, w * 0.1, eye)
