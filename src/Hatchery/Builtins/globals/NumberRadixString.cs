using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// <c>Number.prototype.toString(radix)</c> for a radix other than 10, with V8's digits. Jint prints a fraction in
/// another base to a fixed 52 digits, so <c>(0.5).toString(3)</c> has far more digits than Node's, and the last
/// of them differ. V8 stops at the shortest digits that still identify the double: it carries an error bound of half
/// the distance to the next double along, scaled with each digit, and stops (rounding half to even) once the rest
/// is below it. Radix 10, or anything other than a number receiver and a number radix, is left to Jint.
/// </summary>
internal static class NumberRadixString
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    // 2^53: from here on a double holds no fraction and steps by at least 2, so its low digits are zeros.
    private const double ExactIntegerLimit = 9007199254740992d;

    /// <summary>Replaces <c>toString</c> on <paramref name="engine"/>'s <c>Number.prototype</c>, built on first read.</summary>
    public static void Install(Engine engine)
    {
        // Jint keeps its Number intrinsic internal; Object(0)'s prototype is it, reached without building the global
        // Number's own properties as reading its "prototype" would.
        if (engine.Intrinsics.Object.Call(JsValue.Undefined, [JsNumber.Create(0)]) is not ObjectInstance { Prototype: { } prototype }) return;
        var original = prototype.Get("toString");
        prototype.FastSetProperty("toString", PropertyDescriptor.CreateLazy((Engine: engine, Original: original),
            static s => Create(s.Engine, s.Original),
            PropertyFlag.Configurable | PropertyFlag.Writable));
    }

    private static ClrFunction Create(Engine engine, JsValue original) =>
        new(engine, "toString", (thisObject, arguments) => ToString(original, thisObject, arguments), 1);

    private static JsValue ToString(JsValue original, JsValue thisObject, JsValue[] arguments)
    {
        // A number or its wrapper (new Number(x)); anything else is Jint's TypeError.
        var number = thisObject as JsNumber ?? (thisObject as IJsPrimitive)?.PrimitiveValue as JsNumber;
        if (number is not null && arguments.Length > 0 && arguments[0] is JsNumber radixValue)
        {
            var value = number.AsNumber();
            // The radix is an integer first, as the spec converts it: 10.5 is radix 10, which stays Jint's.
            var radix = Math.Truncate(radixValue.AsNumber());
            if (radix is >= 2 and <= 36 && radix != 10 && double.IsFinite(value)) return Format(value, (int)radix);
        }
        return ((ObjectInstance)original).Call(thisObject, arguments);
    }

    /// <summary><paramref name="value"/>, finite, in base <paramref name="radix"/> (2 to 36), with V8's digits.</summary>
    internal static string Format(double value, int radix)
    {
        if (value == 0) return "0";
        var negative = value < 0;
        if (negative) value = -value;
        var integer = Math.Floor(value);
        var fraction = value - integer;
        // Half the gap to the next double: digits below it cannot tell this double from its neighbours.
        var bound = Math.Max(0.5 * (Math.BitIncrement(value) - value), double.Epsilon);
        var fractionDigits = new System.Text.StringBuilder();
        if (fraction >= bound)
        {
            do
            {
                fraction *= radix;
                bound *= radix;
                var digit = (int)fraction;
                fractionDigits.Append(Digits[digit]);
                fraction -= digit;
                if ((fraction > 0.5 || (fraction == 0.5 && (digit & 1) == 1)) && fraction + bound > 1)
                {
                    integer += RoundUp(fractionDigits, radix);
                    break;
                }
            }
            while (fraction >= bound);
        }
        var integerDigits = new System.Text.StringBuilder();
        // Past 2^53 the remainders would be noise: V8 writes zeros for those places, and so must we to match it.
        var zeros = 0;
        while (integer / radix >= ExactIntegerLimit)
        {
            integer /= radix;
            zeros++;
        }
        do
        {
            var remainder = integer % radix;
            integerDigits.Insert(0, Digits[(int)remainder]);
            integer = (integer - remainder) / radix;
        }
        while (integer > 0);
        integerDigits.Append('0', zeros);
        if (negative) integerDigits.Insert(0, '-');
        if (fractionDigits.Length > 0) integerDigits.Append('.').Append(fractionDigits);
        return integerDigits.ToString();
    }

    // Adds one in the last fraction place, carrying leftwards; 1 when the carry passes the point.
    private static int RoundUp(System.Text.StringBuilder fractionDigits, int radix)
    {
        while (fractionDigits.Length > 0)
        {
            var last = fractionDigits.Length - 1;
            var digit = Digits.IndexOf(fractionDigits[last]);
            fractionDigits.Length = last;
            if (digit + 1 < radix)
            {
                fractionDigits.Append(Digits[digit + 1]);
                return 0;
            }
        }
        return 1;
    }
}
