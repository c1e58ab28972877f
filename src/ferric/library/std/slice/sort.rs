//! Slice sorting and rotation (library/core/src/slice/sort, rotate.rs).
//!
//! ferric sorts stably, with the unstable sorts too: the result of a stable sort is fully
//! determined by the comparator, so it equals real std's (whose unstable sorts may give
//! any order of equal elements, this one among them). The sort itself is an intrinsic
//! (`sort_ord`, `sort_by_less`: the Python backend uses Python's stable sort); `merge_sort`
//! is the same in Rust: a stable in-place merge sort that only swaps elements (insertion
//! sort on blocks of 20, then `SymMerge` (Kim & Kutzner) merges, the algorithm of Go's
//! `sort.Stable`), with O(n log n) comparisons.

use crate::ops::FnMut;

/// Sorts `v` stably by `is_less`.
pub(super) fn stable_sort<T, F>(v: &mut [T], mut is_less: F)
where
    F: FnMut(&T, &T) -> bool,
{
    sort_by_less(v, &mut is_less);
}

/// Sorts `v` stably by `Ord` (the Python backend: Python's own stable sort, with `lt` as
/// `<`, or the values' natural order where Python's and Rust's agree: integers, `char`,
/// `bool`, `str`/`String` by their UTF-8 bytes).
#[ferric::intrinsic]
pub(super) fn sort_ord<T: Ord>(v: &mut [T]);

/// Sorts `v` stably by `is_less` (the Python backend: Python's stable sort, `is_less` as
/// `<`; a stable sort's result is determined by the comparator alone).
#[ferric::intrinsic]
fn sort_by_less<T>(v: &mut [T], is_less: &mut dyn FnMut(&T, &T) -> bool);

/// Sorts `v` stably by `is_less`: what the intrinsics above do, in Rust (for a backend
/// without a sort of its own).
#[allow(dead_code)]
fn merge_sort<T, F>(v: &mut [T], mut is_less: F)
where
    F: FnMut(&T, &T) -> bool,
{
    let n = v.len();
    if n < 2 {
        return;
    }
    let block_size = 20;
    let mut a = 0;
    let mut b = block_size;
    while b <= n {
        insertion_sort(v, a, b, &mut is_less);
        a = b;
        b += block_size;
    }
    insertion_sort(v, a, n, &mut is_less);

    let mut block_size = block_size;
    while block_size < n {
        let mut a = 0;
        let mut b = 2 * block_size;
        while b <= n {
            sym_merge(v, a, a + block_size, b, &mut is_less);
            a = b;
            b += 2 * block_size;
        }
        let m = a + block_size;
        if m < n {
            sym_merge(v, a, m, n, &mut is_less);
        }
        block_size *= 2;
    }
}

/// Sorts `v[a..b]` by insertion.
fn insertion_sort<T, F>(v: &mut [T], a: usize, b: usize, is_less: &mut F)
where
    F: FnMut(&T, &T) -> bool,
{
    let mut i = a + 1;
    while i < b {
        let mut j = i;
        while j > a && is_less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
        i += 1;
    }
}

/// Merges the two sorted subsequences `v[a..m]` and `v[m..b]` in place, stably.
fn sym_merge<T, F>(v: &mut [T], a: usize, m: usize, b: usize, is_less: &mut F)
where
    F: FnMut(&T, &T) -> bool,
{
    // Avoid unnecessary recursions of sym_merge by direct insertion of v[a] into v[m..b]
    // if v[a..m] only contains one element.
    if m - a == 1 {
        // Use binary search to find the lowest index i such that v[i] >= v[a] for m <= i < b.
        let mut i = m;
        let mut j = b;
        while i < j {
            let h = i + (j - i) / 2;
            if is_less(&v[h], &v[a]) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        // Swap values until v[a] reaches the position before i.
        let mut k = a;
        while k < i - 1 {
            v.swap(k, k + 1);
            k += 1;
        }
        return;
    }

    // Avoid unnecessary recursions of sym_merge by direct insertion of v[m] into v[a..m]
    // if v[m..b] only contains one element.
    if b - m == 1 {
        // Use binary search to find the lowest index i such that v[i] > v[m] for a <= i < m.
        let mut i = a;
        let mut j = m;
        while i < j {
            let h = i + (j - i) / 2;
            if !is_less(&v[m], &v[h]) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        // Swap values until v[m] reaches the position i.
        let mut k = m;
        while k > i {
            v.swap(k, k - 1);
            k -= 1;
        }
        return;
    }

    let mid = a + (b - a) / 2;
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;

    while start < r {
        let c = start + (r - start) / 2;
        if !is_less(&v[p - c], &v[c]) {
            start = c + 1;
        } else {
            r = c;
        }
    }

    let end = n - start;
    if start < m && m < end {
        rotate_range(v, start, m, end);
    }
    if a < start && start < mid {
        sym_merge(v, a, start, mid, is_less);
    }
    if mid < end && end < b {
        sym_merge(v, mid, end, b, is_less);
    }
}

/// Rotates `v[a..b]` so that `v[m]` comes first (`a <= m <= b`), by three reversals.
fn rotate_range<T>(v: &mut [T], a: usize, m: usize, b: usize) {
    reverse_range(v, a, m);
    reverse_range(v, m, b);
    reverse_range(v, a, b);
}

fn reverse_range<T>(v: &mut [T], a: usize, b: usize) {
    let mut i = a;
    let mut j = b;
    while i + 1 < j {
        j -= 1;
        v.swap(i, j);
        i += 1;
    }
}

/// Rotates `v` (of length `left + right`) so that `v[left]` comes first.
pub(super) const fn rotate<T>(v: &mut [T], left: usize, right: usize) {
    let n = left + right;
    // Three reversals; `while` loops because this is a `const fn`.
    let mut i = 0;
    let mut j = left;
    while i + 1 < j {
        j -= 1;
        v.swap(i, j);
        i += 1;
    }
    i = left;
    j = n;
    while i + 1 < j {
        j -= 1;
        v.swap(i, j);
        i += 1;
    }
    i = 0;
    j = n;
    while i + 1 < j {
        j -= 1;
        v.swap(i, j);
        i += 1;
    }
}
