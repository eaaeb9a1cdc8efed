namespace MotCua.Domain.Calendar;

/// <summary>
/// The two astronomical events a Vietnamese lunisolar calendar needs: the instant of each new moon
/// and the Sun's apparent longitude (the solar terms). Formulas from J. Meeus, "Astronomical
/// Algorithms" (2nd ed., 1998): new moon ch. 49, Sun ch. 25 (low accuracy, about 0.01°, i.e. a
/// solar term to within about 15 minutes), ΔT from the Espenak–Meeus polynomials.
/// </summary>
internal static class Astronomy
{
    /// <summary>Julian Day of 2000-01-01 12:00 TT (J2000.0).</summary>
    private const double J2000 = 2451545.0;

    /// <summary>Mean synodic month in days.</summary>
    internal const double SynodicMonth = 29.530588861;

    /// <summary>The Julian Ephemeris Day (TT) of new moon number k; k = 0 is the new moon of 6 Jan 2000.</summary>
    internal static double NewMoonJde(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
        double jde = 2451550.09766 + (SynodicMonth * k) + (0.00015437 * t2) - (0.000000150 * t3) + (0.00000000073 * t4);
        double e = 1 - (0.002516 * t) - (0.0000074 * t2);
        double m = Radians(2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t3));
        double mp = Radians(201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t3) - (0.000000058 * t4));
        double f = Radians(160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t3) + (0.000000011 * t4));
        double omega = Radians(124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t3));

        double correction =
            (-0.40720 * Math.Sin(mp))
            + (0.17241 * e * Math.Sin(m))
            + (0.01608 * Math.Sin(2 * mp))
            + (0.01039 * Math.Sin(2 * f))
            + (0.00739 * e * Math.Sin(mp - m))
            - (0.00514 * e * Math.Sin(mp + m))
            + (0.00208 * e * e * Math.Sin(2 * m))
            - (0.00111 * Math.Sin(mp - (2 * f)))
            - (0.00057 * Math.Sin(mp + (2 * f)))
            + (0.00056 * e * Math.Sin((2 * mp) + m))
            - (0.00042 * Math.Sin(3 * mp))
            + (0.00042 * e * Math.Sin(m + (2 * f)))
            + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mp) - m))
            - (0.00017 * Math.Sin(omega))
            - (0.00007 * Math.Sin(mp + (2 * m)))
            + (0.00004 * Math.Sin((2 * mp) - (2 * f)))
            + (0.00004 * Math.Sin(3 * m))
            + (0.00003 * Math.Sin(mp + m - (2 * f)))
            + (0.00003 * Math.Sin((2 * mp) + (2 * f)))
            - (0.00003 * Math.Sin(mp + m + (2 * f)))
            + (0.00003 * Math.Sin(mp - m + (2 * f)))
            - (0.00002 * Math.Sin(mp - m - (2 * f)))
            - (0.00002 * Math.Sin((3 * mp) + m))
            + (0.00002 * Math.Sin(4 * mp));

        // Planetary perturbations (Meeus table 49.B): each coefficient in days, argument in degrees.
        double planetary =
            (0.000325 * SinDeg(299.77 + (0.107408 * k) - (0.009173 * t2)))
            + (0.000165 * SinDeg(251.88 + (0.016321 * k)))
            + (0.000164 * SinDeg(251.83 + (26.651886 * k)))
            + (0.000126 * SinDeg(349.42 + (36.412478 * k)))
            + (0.000110 * SinDeg(84.66 + (18.206239 * k)))
            + (0.000062 * SinDeg(141.74 + (53.303771 * k)))
            + (0.000060 * SinDeg(207.14 + (2.453732 * k)))
            + (0.000056 * SinDeg(154.84 + (7.306860 * k)))
            + (0.000047 * SinDeg(34.52 + (27.261239 * k)))
            + (0.000042 * SinDeg(207.19 + (0.121824 * k)))
            + (0.000040 * SinDeg(291.34 + (1.844379 * k)))
            + (0.000037 * SinDeg(161.72 + (24.198154 * k)))
            + (0.000035 * SinDeg(239.56 + (25.513099 * k)))
            + (0.000023 * SinDeg(331.55 + (3.592518 * k)));

        return jde + correction + planetary;
    }

    /// <summary>The new-moon number k whose instant is nearest to the given Julian Day.</summary>
    internal static int NearestNewMoonNumber(double julianDay) =>
        (int)Math.Round((julianDay - 2451550.09766) / SynodicMonth);

    /// <summary>Apparent geocentric longitude of the Sun in degrees [0, 360) at Julian Ephemeris Day jde.</summary>
    internal static double SunApparentLongitude(double jde)
    {
        double t = (jde - J2000) / 36525.0;
        double l0 = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        double m = Radians(357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        double center =
            ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000289 * Math.Sin(3 * m));
        double omega = Radians(125.04 - (1934.136 * t));
        // Nutation in longitude and aberration (Meeus 25.8).
        double apparent = l0 + center - 0.00569 - (0.00478 * Math.Sin(omega));
        return Normalize(apparent);
    }

    /// <summary>ΔT = TT − UT in seconds (Espenak &amp; Meeus, NASA Five Millennium Canon, valid 1800–2150 and extrapolated beyond).</summary>
    internal static double DeltaTSeconds(double decimalYear)
    {
        double y = decimalYear;
        if (y < 1860)
        {
            double t = y - 1800;
            return 13.72 - (0.332447 * t) + (0.0068612 * Math.Pow(t, 2)) + (0.0041116 * Math.Pow(t, 3))
                - (0.00037436 * Math.Pow(t, 4)) + (0.0000121272 * Math.Pow(t, 5))
                - (0.0000001699 * Math.Pow(t, 6)) + (0.000000000875 * Math.Pow(t, 7));
        }

        if (y < 1900)
        {
            double t = y - 1860;
            return 7.62 + (0.5737 * t) - (0.251754 * Math.Pow(t, 2)) + (0.01680668 * Math.Pow(t, 3))
                - (0.0004473624 * Math.Pow(t, 4)) + (Math.Pow(t, 5) / 233174);
        }

        if (y < 1920)
        {
            double t = y - 1900;
            return -2.79 + (1.494119 * t) - (0.0598939 * Math.Pow(t, 2)) + (0.0061966 * Math.Pow(t, 3))
                - (0.000197 * Math.Pow(t, 4));
        }

        if (y < 1941)
        {
            double t = y - 1920;
            return 21.20 + (0.84493 * t) - (0.076100 * Math.Pow(t, 2)) + (0.0020936 * Math.Pow(t, 3));
        }

        if (y < 1961)
        {
            double t = y - 1950;
            return 29.07 + (0.407 * t) - (Math.Pow(t, 2) / 233) + (Math.Pow(t, 3) / 2547);
        }

        if (y < 1986)
        {
            double t = y - 1975;
            return 45.45 + (1.067 * t) - (Math.Pow(t, 2) / 260) - (Math.Pow(t, 3) / 718);
        }

        if (y < 2005)
        {
            double t = y - 2000;
            return 63.86 + (0.3345 * t) - (0.060374 * Math.Pow(t, 2)) + (0.0017275 * Math.Pow(t, 3))
                + (0.000651814 * Math.Pow(t, 4)) + (0.00002373599 * Math.Pow(t, 5));
        }

        if (y < 2050)
        {
            double t = y - 2000;
            return 62.92 + (0.32217 * t) + (0.005589 * Math.Pow(t, 2));
        }

        double u = (y - 1820) / 100;
        return y < 2150
            ? -20 + (32 * u * u) - (0.5628 * (2150 - y))
            : -20 + (32 * u * u);
    }

    /// <summary>Converts a Julian Ephemeris Day (TT) to a Julian Day in Universal Time.</summary>
    internal static double ToUniversalTime(double jde) =>
        jde - (DeltaTSeconds(DecimalYear(jde)) / 86400.0);

    /// <summary>Converts a Julian Day in Universal Time to a Julian Ephemeris Day (TT).</summary>
    internal static double ToTerrestrialTime(double jdUt) =>
        jdUt + (DeltaTSeconds(DecimalYear(jdUt)) / 86400.0);

    private static double DecimalYear(double julianDay) => 2000.0 + ((julianDay - J2000) / 365.25);

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;

    private static double SinDeg(double degrees) => Math.Sin(Radians(degrees));

    private static double Normalize(double degrees)
    {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }
}
