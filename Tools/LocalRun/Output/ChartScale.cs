using System;

namespace DualWrite.LocalRun.Output;

/// <summary>A chart axis from zero to a round maximum, in round steps (1, 2 or 5 times a power of ten, and no smaller than asked).</summary>
public sealed record ChartScale(double Maximum, double Step)
{
    public static ChartScale For(double largest, int ticks = 5, double smallestStep = 0)
    {
        if (largest <= 0 || double.IsNaN(largest) || double.IsInfinity(largest))
        {
            return new ChartScale(Math.Max(1, smallestStep), Math.Max(1.0 / ticks, smallestStep));
        }

        double rough = largest / ticks;
        double power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double fraction = rough / power;
        double step = Math.Max(smallestStep, (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power);
        return new ChartScale(Math.Ceiling(largest / step) * step, step);
    }
}
