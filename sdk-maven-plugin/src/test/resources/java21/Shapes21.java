package io.jcdk.java21;

import io.jcdk.canister.Ic;
import org.teavm.interop.Export;

/**
 * Canister source that needs Java 21: a sealed interface of records, and a pattern switch with record
 * deconstruction patterns and guards. Compiled by Java21CanisterTest with {@code javac --release 21}.
 */
public final class Shapes21 {
    private Shapes21() {
    }

    sealed interface Shape permits Circle, Rect, Triangle, Group {
    }

    record Circle(double r) implements Shape {
    }

    record Rect(double w, double h) implements Shape {
    }

    record Triangle(double base, double height) implements Shape {
    }

    record Group(Shape first, Shape second) implements Shape {
    }

    static double area(Shape shape) {
        return switch (shape) {
            case Circle(double r) -> 3 * r * r;
            case Rect(double w, double h) -> w * h;
            case Triangle(double b, double h) -> b * h / 2;
            case Group(Shape a, Shape b) -> area(a) + area(b);
        };
    }

    static String describe(Shape shape) {
        return switch (shape) {
            case Circle(double r) when r == 0 -> "a point";
            case Circle(double r) -> "circle r=" + r + " area~" + area(shape);
            case Rect(double w, double h) when w == h -> "square side=" + w + " area=" + area(shape);
            case Rect(double w, double h) -> "rect " + w + "x" + h + " area=" + area(shape);
            case Triangle t when t.height() > t.base() -> "tall triangle area=" + area(t);
            case Triangle t -> "triangle area=" + area(t);
            case Group(Circle(var r), Shape other) -> "circle r=" + r + " with " + describe(other);
            case Group g -> "group area=" + area(g);
        };
    }

    @Export(name = "canister_update area")
    public static void area() {
        Shape[] shapes = {
            new Circle(0),
            new Circle(2),
            new Rect(3, 3),
            new Rect(2, 5),
            new Triangle(2, 8),
            new Triangle(6, 1),
            new Group(new Circle(1), new Rect(1, 4)),
            new Group(new Rect(1, 1), new Triangle(4, 4)),
        };
        for (Shape shape : shapes) {
            Ic.print(describe(shape));
        }
        Object o = shapes[3];
        String kind = switch (o) {
            case Circle c -> "circle";
            case Rect(var w, var h) when w > h -> "wide";
            case Rect r -> "narrow " + r;
            case String s -> "string " + s;
            default -> "other";
        };
        Ic.print(kind);
        Ic.reply(new byte[] {'D', 'I', 'D', 'L', 0, 0});
    }
}
