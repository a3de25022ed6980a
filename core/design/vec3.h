// The few vector operations the mesh code needs, on Vec3 (float) and on doubles where sums must not drift.
#pragma once

#include "mesh.h"

#include <cmath>

namespace noosphere::core::design {

inline Vec3 operator+(const Vec3 &a, const Vec3 &b) { return {a[0] + b[0], a[1] + b[1], a[2] + b[2]}; }
inline Vec3 operator-(const Vec3 &a, const Vec3 &b) { return {a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }
inline Vec3 operator*(const Vec3 &a, float s) { return {a[0] * s, a[1] * s, a[2] * s}; }
inline float dot(const Vec3 &a, const Vec3 &b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
inline Vec3 cross(const Vec3 &a, const Vec3 &b)
{
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
inline float length(const Vec3 &a) { return std::sqrt(dot(a, a)); }
inline Vec3 normalised(const Vec3 &a)
{
    const float l = length(a);
    return l > 0 ? a * (1.0f / l) : Vec3{0, 0, 0};
}

struct DVec3 {
    double x = 0, y = 0, z = 0;
};
inline DVec3 toD(const Vec3 &a) { return {a[0], a[1], a[2]}; }
inline DVec3 operator-(const DVec3 &a, const DVec3 &b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
inline DVec3 cross(const DVec3 &a, const DVec3 &b)
{
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}
inline double dot(const DVec3 &a, const DVec3 &b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

}  // namespace noosphere::core::design
