//! Memory allocation APIs (`std::alloc`): `Layout`, `LayoutError`, the `GlobalAlloc` trait,
//! the `System` and `Global` allocators and the free functions `alloc`, `dealloc`,
//! `realloc`, `alloc_zeroed`, `handle_alloc_error`.
//!
//! The heap itself belongs to the backend: the four raw allocation functions are
//! intrinsics. Everything else (layout arithmetic, the trait's provided methods) is Rust.
//! The unstable `Allocator` trait is not declared: ferric's collections have no allocator
//! parameter (see the note at the top of vec.rs).

use crate::cmp;
use crate::error::Error;
use crate::fmt;
use crate::mem;
use crate::ptr;
use crate::marker::Sized;
use crate::option::Option::Some;
use crate::result::Result::{self, Err, Ok};
use crate::option::Option::None;

/// Layout of a block of memory: its size and (power-of-two) alignment.
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[lang = "alloc_layout"]
pub struct Layout {
    size: usize,
    align: usize,
}

impl Layout {
    pub const fn from_size_align(size: usize, align: usize) -> Result<Self, LayoutError> {
        if Layout::is_size_align_valid(size, align) {
            Ok(Layout { size, align })
        } else {
            Err(LayoutError)
        }
    }

    const fn is_size_align_valid(size: usize, align: usize) -> bool {
        if !align.is_power_of_two() {
            return false;
        }
        size <= Layout::max_size_for_align(align)
    }

    const fn max_size_for_align(align: usize) -> usize {
        isize::MAX as usize + 1 - align
    }

    /// # Safety
    /// `align` must be a power of two and `size`, rounded up to `align`, must not
    /// overflow `isize`.
    pub const unsafe fn from_size_align_unchecked(size: usize, align: usize) -> Self {
        Layout { size, align }
    }

    pub const fn size(&self) -> usize {
        self.size
    }

    pub const fn align(&self) -> usize {
        self.align
    }

    pub const fn new<T>() -> Self {
        Layout { size: mem::size_of::<T>(), align: mem::align_of::<T>() }
    }

    pub const fn for_value<T: ?Sized>(t: &T) -> Self {
        Layout { size: mem::size_of_val(t), align: mem::align_of_val(t) }
    }

    pub const fn dangling_ptr(&self) -> ptr::NonNull<u8> {
        unsafe { ptr::NonNull::new_unchecked(ptr::without_provenance_mut::<u8>(self.align)) }
    }

    pub const fn align_to(&self, align: usize) -> Result<Self, LayoutError> {
        if align > self.align {
            Layout::from_size_align(self.size, align)
        } else {
            Layout::from_size_align(self.size, self.align)
        }
    }

    const fn padding_needed_for(&self, align: usize) -> usize {
        let len_rounded_up = (self.size + align - 1) & !(align - 1);
        len_rounded_up - self.size
    }

    pub const fn pad_to_align(&self) -> Layout {
        let new_size = self.size + self.padding_needed_for(self.align);
        Layout { size: new_size, align: self.align }
    }

    pub const fn repeat(&self, n: usize) -> Result<(Self, usize), LayoutError> {
        let padded = self.pad_to_align();
        match padded.size.checked_mul(n) {
            Some(size) => match Layout::from_size_align(size, self.align) {
                Ok(layout) => Ok((layout, padded.size)),
                Err(e) => Err(e),
            },
            None => Err(LayoutError),
        }
    }

    pub const fn extend(&self, next: Self) -> Result<(Self, usize), LayoutError> {
        let new_align = if next.align > self.align { next.align } else { self.align };
        let pad = self.padding_needed_for(next.align);
        let offset = match self.size.checked_add(pad) {
            Some(o) => o,
            None => return Err(LayoutError),
        };
        let new_size = match offset.checked_add(next.size) {
            Some(s) => s,
            None => return Err(LayoutError),
        };
        match Layout::from_size_align(new_size, new_align) {
            Ok(layout) => Ok((layout, offset)),
            Err(e) => Err(e),
        }
    }

    pub const fn repeat_packed(&self, n: usize) -> Result<Self, LayoutError> {
        match self.size.checked_mul(n) {
            Some(size) => Layout::from_size_align(size, self.align),
            None => Err(LayoutError),
        }
    }

    pub const fn extend_packed(&self, next: Self) -> Result<Self, LayoutError> {
        match self.size.checked_add(next.size) {
            Some(size) => Layout::from_size_align(size, self.align),
            None => Err(LayoutError),
        }
    }

    pub const fn array<T>(n: usize) -> Result<Self, LayoutError> {
        let element_size = mem::size_of::<T>();
        let align = mem::align_of::<T>();
        if element_size != 0 && n > Layout::max_size_for_align(align) / element_size {
            return Err(LayoutError);
        }
        Ok(Layout { size: element_size * n, align })
    }
}

// `Layout { size: 4, align: 4 (1 << 2) }`, as the real `Layout` (whose `align` is an
// `Alignment`) prints.
impl fmt::Debug for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct AlignDebug(usize);
        impl fmt::Debug for AlignDebug {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:?} (1 << {:?})", self.0, self.0.trailing_zeros())
            }
        }
        f.debug_struct("Layout").field("size", &self.size).field("align", &AlignDebug(self.align)).finish()
    }
}

#[deprecated(since = "1.52.0", note = "Name does not follow std convention, use LayoutError")]
pub type LayoutErr = LayoutError;

/// The parameters given to `Layout::from_size_align` (or another `Layout` constructor)
/// do not satisfy its documented constraints.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct LayoutError;

impl Error for LayoutError {}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid parameters to Layout::from_size_align")
    }
}

/// A memory allocator that can be registered as the standard library's default through
/// the `#[global_allocator]` attribute.
pub unsafe trait GlobalAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8;

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout);

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let size = layout.size();
        let ptr = unsafe { self.alloc(layout) };
        if !ptr.is_null() {
            unsafe { ptr::write_bytes(ptr, 0, size) };
        }
        ptr
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        let new_ptr = unsafe { self.alloc(new_layout) };
        if !new_ptr.is_null() {
            unsafe {
                ptr::copy_nonoverlapping(ptr, new_ptr, cmp::min(layout.size(), new_size));
                self.dealloc(ptr, layout);
            }
        }
        new_ptr
    }
}

/// The default memory allocator provided by the operating system.
#[derive(Debug, Default, Copy, Clone)]
pub struct System;

unsafe impl GlobalAlloc for System {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        unsafe { alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe { realloc(ptr, layout, new_size) }
    }
}

/// The global memory allocator (unstable in rustc; declared for `alloc::alloc::Global`).
#[derive(Copy, Clone, Default, Debug)]
pub struct Global;

/// Allocates `layout.size()` bytes aligned to `layout.align()`; null on failure.
#[ferric::intrinsic]
pub unsafe fn alloc(layout: Layout) -> *mut u8;

/// Frees a block previously returned by `alloc`/`alloc_zeroed`/`realloc` with `layout`.
#[ferric::intrinsic]
pub unsafe fn dealloc(ptr: *mut u8, layout: Layout);

/// Resizes the block at `ptr` (allocated with `layout`) to `new_size` bytes, keeping
/// the first `min(layout.size(), new_size)` bytes; null on failure (the old block stays).
#[ferric::intrinsic]
pub unsafe fn realloc(ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8;

/// As `alloc`, with the block zero-filled.
#[ferric::intrinsic]
pub unsafe fn alloc_zeroed(layout: Layout) -> *mut u8;

/// Signals a memory allocation error: prints `memory allocation of {size} bytes failed`
/// on stderr and aborts (SIGABRT, exit status 134), as rustc's std does.
#[ferric::intrinsic]
pub const fn handle_alloc_error(layout: Layout) -> !;
