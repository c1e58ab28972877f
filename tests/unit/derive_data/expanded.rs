// rustc 1.95's expansion of input.rs (see bless.py); do not edit.
struct Six {
    a: u8,
    b: u8,
    c: u8,
    d: u8,
    e: u8,
    f: u8,
}
#[automatically_derived]
impl ::std::fmt::Debug for Six {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        let names: &'static _ = &["a", "b", "c", "d", "e", "f"];
        let values: &[&dyn ::std::fmt::Debug] =
            &[&self.a, &self.b, &self.c, &self.d, &self.e, &&self.f];
        ::std::fmt::Formatter::debug_struct_fields_finish(f, "Six", names,
            values)
    }
}
#[automatically_derived]
impl ::std::clone::Clone for Six {
    #[inline]
    fn clone(&self) -> Six {
        let _: ::std::clone::AssertParamIsClone<u8>;
        *self
    }
}
#[automatically_derived]
impl ::std::marker::Copy for Six { }
#[automatically_derived]
impl ::std::marker::StructuralPartialEq for Six { }
#[automatically_derived]
impl ::std::cmp::PartialEq for Six {
    #[inline]
    fn eq(&self, other: &Six) -> bool {
        self.a == other.a && self.b == other.b && self.c == other.c &&
                    self.d == other.d && self.e == other.e && self.f == other.f
    }
}
#[automatically_derived]
impl ::std::cmp::Eq for Six {
    #[doc(hidden)]
    fn assert_fields_are_eq(&self) {
        let _: ::std::cmp::AssertParamIsEq<u8>;
    }
}
#[automatically_derived]
impl ::std::cmp::PartialOrd for Six {
    #[inline]
    fn partial_cmp(&self, other: &Six)
        -> ::std::option::Option<::std::cmp::Ordering> {
        match ::std::cmp::PartialOrd::partial_cmp(&self.a, &other.a) {
            ::std::option::Option::Some(::std::cmp::Ordering::Equal) =>
                match ::std::cmp::PartialOrd::partial_cmp(&self.b, &other.b)
                    {
                    ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                        =>
                        match ::std::cmp::PartialOrd::partial_cmp(&self.c,
                                &other.c) {
                            ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                                =>
                                match ::std::cmp::PartialOrd::partial_cmp(&self.d,
                                        &other.d) {
                                    ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                                        =>
                                        match ::std::cmp::PartialOrd::partial_cmp(&self.e,
                                                &other.e) {
                                            ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                                                => ::std::cmp::PartialOrd::partial_cmp(&self.f, &other.f),
                                            cmp => cmp,
                                        },
                                    cmp => cmp,
                                },
                            cmp => cmp,
                        },
                    cmp => cmp,
                },
            cmp => cmp,
        }
    }
}
#[automatically_derived]
impl ::std::cmp::Ord for Six {
    #[inline]
    fn cmp(&self, other: &Six) -> ::std::cmp::Ordering {
        match ::std::cmp::Ord::cmp(&self.a, &other.a) {
            ::std::cmp::Ordering::Equal =>
                match ::std::cmp::Ord::cmp(&self.b, &other.b) {
                    ::std::cmp::Ordering::Equal =>
                        match ::std::cmp::Ord::cmp(&self.c, &other.c) {
                            ::std::cmp::Ordering::Equal =>
                                match ::std::cmp::Ord::cmp(&self.d, &other.d) {
                                    ::std::cmp::Ordering::Equal =>
                                        match ::std::cmp::Ord::cmp(&self.e, &other.e) {
                                            ::std::cmp::Ordering::Equal =>
                                                ::std::cmp::Ord::cmp(&self.f, &other.f),
                                            cmp => cmp,
                                        },
                                    cmp => cmp,
                                },
                            cmp => cmp,
                        },
                    cmp => cmp,
                },
            cmp => cmp,
        }
    }
}
#[automatically_derived]
impl ::std::hash::Hash for Six {
    #[inline]
    fn hash<__H: ::std::hash::Hasher>(&self, state: &mut __H) {
        ::std::hash::Hash::hash(&self.a, state);
        ::std::hash::Hash::hash(&self.b, state);
        ::std::hash::Hash::hash(&self.c, state);
        ::std::hash::Hash::hash(&self.d, state);
        ::std::hash::Hash::hash(&self.e, state);
        ::std::hash::Hash::hash(&self.f, state)
    }
}
#[automatically_derived]
impl ::std::default::Default for Six {
    #[inline]
    fn default() -> Six {
        Six {
            a: ::std::default::Default::default(),
            b: ::std::default::Default::default(),
            c: ::std::default::Default::default(),
            d: ::std::default::Default::default(),
            e: ::std::default::Default::default(),
            f: ::std::default::Default::default(),
        }
    }
}
struct Tup6(u8, u8, u8, u8, u8, String);
#[automatically_derived]
impl ::std::fmt::Debug for Tup6 {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        let values: &[&dyn ::std::fmt::Debug] =
            &[&self.0, &self.1, &self.2, &self.3, &self.4, &&self.5];
        ::std::fmt::Formatter::debug_tuple_fields_finish(f, "Tup6", values)
    }
}
#[automatically_derived]
impl ::std::clone::Clone for Tup6 {
    #[inline]
    fn clone(&self) -> Tup6 {
        Tup6(::std::clone::Clone::clone(&self.0),
            ::std::clone::Clone::clone(&self.1),
            ::std::clone::Clone::clone(&self.2),
            ::std::clone::Clone::clone(&self.3),
            ::std::clone::Clone::clone(&self.4),
            ::std::clone::Clone::clone(&self.5))
    }
}
#[automatically_derived]
impl ::std::marker::StructuralPartialEq for Tup6 { }
#[automatically_derived]
impl ::std::cmp::PartialEq for Tup6 {
    #[inline]
    fn eq(&self, other: &Tup6) -> bool {
        self.0 == other.0 && self.1 == other.1 && self.2 == other.2 &&
                    self.3 == other.3 && self.4 == other.4 && self.5 == other.5
    }
}
#[automatically_derived]
impl ::std::cmp::Eq for Tup6 {
    #[doc(hidden)]
    fn assert_fields_are_eq(&self) {
        let _: ::std::cmp::AssertParamIsEq<u8>;
        let _: ::std::cmp::AssertParamIsEq<String>;
    }
}
#[automatically_derived]
impl ::std::cmp::PartialOrd for Tup6 {
    #[inline]
    fn partial_cmp(&self, other: &Tup6)
        -> ::std::option::Option<::std::cmp::Ordering> {
        match ::std::cmp::PartialOrd::partial_cmp(&self.0, &other.0) {
            ::std::option::Option::Some(::std::cmp::Ordering::Equal) =>
                match ::std::cmp::PartialOrd::partial_cmp(&self.1, &other.1)
                    {
                    ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                        =>
                        match ::std::cmp::PartialOrd::partial_cmp(&self.2,
                                &other.2) {
                            ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                                =>
                                match ::std::cmp::PartialOrd::partial_cmp(&self.3,
                                        &other.3) {
                                    ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                                        =>
                                        match ::std::cmp::PartialOrd::partial_cmp(&self.4,
                                                &other.4) {
                                            ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                                                => ::std::cmp::PartialOrd::partial_cmp(&self.5, &other.5),
                                            cmp => cmp,
                                        },
                                    cmp => cmp,
                                },
                            cmp => cmp,
                        },
                    cmp => cmp,
                },
            cmp => cmp,
        }
    }
}
#[automatically_derived]
impl ::std::cmp::Ord for Tup6 {
    #[inline]
    fn cmp(&self, other: &Tup6) -> ::std::cmp::Ordering {
        match ::std::cmp::Ord::cmp(&self.0, &other.0) {
            ::std::cmp::Ordering::Equal =>
                match ::std::cmp::Ord::cmp(&self.1, &other.1) {
                    ::std::cmp::Ordering::Equal =>
                        match ::std::cmp::Ord::cmp(&self.2, &other.2) {
                            ::std::cmp::Ordering::Equal =>
                                match ::std::cmp::Ord::cmp(&self.3, &other.3) {
                                    ::std::cmp::Ordering::Equal =>
                                        match ::std::cmp::Ord::cmp(&self.4, &other.4) {
                                            ::std::cmp::Ordering::Equal =>
                                                ::std::cmp::Ord::cmp(&self.5, &other.5),
                                            cmp => cmp,
                                        },
                                    cmp => cmp,
                                },
                            cmp => cmp,
                        },
                    cmp => cmp,
                },
            cmp => cmp,
        }
    }
}
#[automatically_derived]
impl ::std::hash::Hash for Tup6 {
    #[inline]
    fn hash<__H: ::std::hash::Hasher>(&self, state: &mut __H) {
        ::std::hash::Hash::hash(&self.0, state);
        ::std::hash::Hash::hash(&self.1, state);
        ::std::hash::Hash::hash(&self.2, state);
        ::std::hash::Hash::hash(&self.3, state);
        ::std::hash::Hash::hash(&self.4, state);
        ::std::hash::Hash::hash(&self.5, state)
    }
}
enum Big {
    A,
    B(u8),
    C {
        x: u8,
        y: u8,
    },
    D(u8, u8, u8, u8, u8, u8),
}
#[automatically_derived]
impl ::std::fmt::Debug for Big {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        match self {
            Big::A => ::std::fmt::Formatter::write_str(f, "A"),
            Big::B(__self_0) =>
                ::std::fmt::Formatter::debug_tuple_field1_finish(f, "B",
                    &__self_0),
            Big::C { x: __self_0, y: __self_1 } =>
                ::std::fmt::Formatter::debug_struct_field2_finish(f, "C",
                    "x", __self_0, "y", &__self_1),
            Big::D(__self_0, __self_1, __self_2, __self_3, __self_4, __self_5)
                => {
                let values: &[&dyn ::std::fmt::Debug] =
                    &[__self_0, __self_1, __self_2, __self_3, __self_4,
                                &__self_5];
                ::std::fmt::Formatter::debug_tuple_fields_finish(f, "D",
                    values)
            }
        }
    }
}
#[automatically_derived]
impl ::std::clone::Clone for Big {
    #[inline]
    fn clone(&self) -> Big {
        match self {
            Big::A => Big::A,
            Big::B(__self_0) => Big::B(::std::clone::Clone::clone(__self_0)),
            Big::C { x: __self_0, y: __self_1 } =>
                Big::C {
                    x: ::std::clone::Clone::clone(__self_0),
                    y: ::std::clone::Clone::clone(__self_1),
                },
            Big::D(__self_0, __self_1, __self_2, __self_3, __self_4, __self_5)
                =>
                Big::D(::std::clone::Clone::clone(__self_0),
                    ::std::clone::Clone::clone(__self_1),
                    ::std::clone::Clone::clone(__self_2),
                    ::std::clone::Clone::clone(__self_3),
                    ::std::clone::Clone::clone(__self_4),
                    ::std::clone::Clone::clone(__self_5)),
        }
    }
}
#[automatically_derived]
impl ::std::marker::StructuralPartialEq for Big { }
#[automatically_derived]
impl ::std::cmp::PartialEq for Big {
    #[inline]
    fn eq(&self, other: &Big) -> bool {
        let __self_discr = ::std::intrinsics::discriminant_value(self);
        let __arg1_discr = ::std::intrinsics::discriminant_value(other);
        __self_discr == __arg1_discr &&
            match (self, other) {
                (Big::B(__self_0), Big::B(__arg1_0)) => __self_0 == __arg1_0,
                (Big::C { x: __self_0, y: __self_1 }, Big::C {
                    x: __arg1_0, y: __arg1_1 }) =>
                    __self_0 == __arg1_0 && __self_1 == __arg1_1,
                (Big::D(__self_0, __self_1, __self_2, __self_3, __self_4,
                    __self_5),
                    Big::D(__arg1_0, __arg1_1, __arg1_2, __arg1_3, __arg1_4,
                    __arg1_5)) =>
                    __self_0 == __arg1_0 && __self_1 == __arg1_1 &&
                                    __self_2 == __arg1_2 && __self_3 == __arg1_3 &&
                            __self_4 == __arg1_4 && __self_5 == __arg1_5,
                _ => true,
            }
    }
}
#[automatically_derived]
impl ::std::cmp::Eq for Big {
    #[doc(hidden)]
    fn assert_fields_are_eq(&self) {
        let _: ::std::cmp::AssertParamIsEq<u8>;
    }
}
#[automatically_derived]
impl ::std::cmp::PartialOrd for Big {
    #[inline]
    fn partial_cmp(&self, other: &Big)
        -> ::std::option::Option<::std::cmp::Ordering> {
        let __self_discr = ::std::intrinsics::discriminant_value(self);
        let __arg1_discr = ::std::intrinsics::discriminant_value(other);
        match (self, other) {
            (Big::B(__self_0), Big::B(__arg1_0)) =>
                ::std::cmp::PartialOrd::partial_cmp(__self_0, __arg1_0),
            (Big::C { x: __self_0, y: __self_1 }, Big::C {
                x: __arg1_0, y: __arg1_1 }) =>
                match ::std::cmp::PartialOrd::partial_cmp(__self_0, __arg1_0)
                    {
                    ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                        => ::std::cmp::PartialOrd::partial_cmp(__self_1, __arg1_1),
                    cmp => cmp,
                },
            (Big::D(__self_0, __self_1, __self_2, __self_3, __self_4,
                __self_5),
                Big::D(__arg1_0, __arg1_1, __arg1_2, __arg1_3, __arg1_4,
                __arg1_5)) =>
                match ::std::cmp::PartialOrd::partial_cmp(__self_0, __arg1_0)
                    {
                    ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                        =>
                        match ::std::cmp::PartialOrd::partial_cmp(__self_1,
                                __arg1_1) {
                            ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                                =>
                                match ::std::cmp::PartialOrd::partial_cmp(__self_2,
                                        __arg1_2) {
                                    ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                                        =>
                                        match ::std::cmp::PartialOrd::partial_cmp(__self_3,
                                                __arg1_3) {
                                            ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                                                =>
                                                match ::std::cmp::PartialOrd::partial_cmp(__self_4,
                                                        __arg1_4) {
                                                    ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                                                        => ::std::cmp::PartialOrd::partial_cmp(__self_5, __arg1_5),
                                                    cmp => cmp,
                                                },
                                            cmp => cmp,
                                        },
                                    cmp => cmp,
                                },
                            cmp => cmp,
                        },
                    cmp => cmp,
                },
            _ =>
                ::std::cmp::PartialOrd::partial_cmp(&__self_discr,
                    &__arg1_discr),
        }
    }
}
#[automatically_derived]
impl ::std::cmp::Ord for Big {
    #[inline]
    fn cmp(&self, other: &Big) -> ::std::cmp::Ordering {
        let __self_discr = ::std::intrinsics::discriminant_value(self);
        let __arg1_discr = ::std::intrinsics::discriminant_value(other);
        match ::std::cmp::Ord::cmp(&__self_discr, &__arg1_discr) {
            ::std::cmp::Ordering::Equal =>
                match (self, other) {
                    (Big::B(__self_0), Big::B(__arg1_0)) =>
                        ::std::cmp::Ord::cmp(__self_0, __arg1_0),
                    (Big::C { x: __self_0, y: __self_1 }, Big::C {
                        x: __arg1_0, y: __arg1_1 }) =>
                        match ::std::cmp::Ord::cmp(__self_0, __arg1_0) {
                            ::std::cmp::Ordering::Equal =>
                                ::std::cmp::Ord::cmp(__self_1, __arg1_1),
                            cmp => cmp,
                        },
                    (Big::D(__self_0, __self_1, __self_2, __self_3, __self_4,
                        __self_5),
                        Big::D(__arg1_0, __arg1_1, __arg1_2, __arg1_3, __arg1_4,
                        __arg1_5)) =>
                        match ::std::cmp::Ord::cmp(__self_0, __arg1_0) {
                            ::std::cmp::Ordering::Equal =>
                                match ::std::cmp::Ord::cmp(__self_1, __arg1_1) {
                                    ::std::cmp::Ordering::Equal =>
                                        match ::std::cmp::Ord::cmp(__self_2, __arg1_2) {
                                            ::std::cmp::Ordering::Equal =>
                                                match ::std::cmp::Ord::cmp(__self_3, __arg1_3) {
                                                    ::std::cmp::Ordering::Equal =>
                                                        match ::std::cmp::Ord::cmp(__self_4, __arg1_4) {
                                                            ::std::cmp::Ordering::Equal =>
                                                                ::std::cmp::Ord::cmp(__self_5, __arg1_5),
                                                            cmp => cmp,
                                                        },
                                                    cmp => cmp,
                                                },
                                            cmp => cmp,
                                        },
                                    cmp => cmp,
                                },
                            cmp => cmp,
                        },
                    _ => ::std::cmp::Ordering::Equal,
                },
            cmp => cmp,
        }
    }
}
#[automatically_derived]
impl ::std::hash::Hash for Big {
    #[inline]
    fn hash<__H: ::std::hash::Hasher>(&self, state: &mut __H) {
        let __self_discr = ::std::intrinsics::discriminant_value(self);
        ::std::hash::Hash::hash(&__self_discr, state);
        match self {
            Big::B(__self_0) => ::std::hash::Hash::hash(__self_0, state),
            Big::C { x: __self_0, y: __self_1 } => {
                ::std::hash::Hash::hash(__self_0, state);
                ::std::hash::Hash::hash(__self_1, state)
            }
            Big::D(__self_0, __self_1, __self_2, __self_3, __self_4, __self_5)
                => {
                ::std::hash::Hash::hash(__self_0, state);
                ::std::hash::Hash::hash(__self_1, state);
                ::std::hash::Hash::hash(__self_2, state);
                ::std::hash::Hash::hash(__self_3, state);
                ::std::hash::Hash::hash(__self_4, state);
                ::std::hash::Hash::hash(__self_5, state)
            }
            _ => {}
        }
    }
}
enum One { Only(u8), }
#[automatically_derived]
impl ::std::fmt::Debug for One {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        match self {
            One::Only(__self_0) =>
                ::std::fmt::Formatter::debug_tuple_field1_finish(f, "Only",
                    &__self_0),
        }
    }
}
#[automatically_derived]
impl ::std::clone::Clone for One {
    #[inline]
    fn clone(&self) -> One {
        match self {
            One::Only(__self_0) =>
                One::Only(::std::clone::Clone::clone(__self_0)),
        }
    }
}
#[automatically_derived]
impl ::std::marker::StructuralPartialEq for One { }
#[automatically_derived]
impl ::std::cmp::PartialEq for One {
    #[inline]
    fn eq(&self, other: &One) -> bool {
        match (self, other) {
            (One::Only(__self_0), One::Only(__arg1_0)) =>
                __self_0 == __arg1_0,
        }
    }
}
#[automatically_derived]
impl ::std::cmp::Eq for One {
    #[doc(hidden)]
    fn assert_fields_are_eq(&self) {
        let _: ::std::cmp::AssertParamIsEq<u8>;
    }
}
#[automatically_derived]
impl ::std::cmp::PartialOrd for One {
    #[inline]
    fn partial_cmp(&self, other: &One)
        -> ::std::option::Option<::std::cmp::Ordering> {
        match (self, other) {
            (One::Only(__self_0), One::Only(__arg1_0)) =>
                ::std::cmp::PartialOrd::partial_cmp(__self_0, __arg1_0),
        }
    }
}
#[automatically_derived]
impl ::std::cmp::Ord for One {
    #[inline]
    fn cmp(&self, other: &One) -> ::std::cmp::Ordering {
        match (self, other) {
            (One::Only(__self_0), One::Only(__arg1_0)) =>
                ::std::cmp::Ord::cmp(__self_0, __arg1_0),
        }
    }
}
#[automatically_derived]
impl ::std::hash::Hash for One {
    #[inline]
    fn hash<__H: ::std::hash::Hasher>(&self, state: &mut __H) {
        match self {
            One::Only(__self_0) => ::std::hash::Hash::hash(__self_0, state),
        }
    }
}
enum Empty {}
#[automatically_derived]
impl ::std::fmt::Debug for Empty {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        match *self {}
    }
}
#[automatically_derived]
impl ::std::clone::Clone for Empty {
    #[inline]
    fn clone(&self) -> Empty { match *self {} }
}
#[automatically_derived]
impl ::std::marker::StructuralPartialEq for Empty { }
#[automatically_derived]
impl ::std::cmp::PartialEq for Empty {
    #[inline]
    fn eq(&self, other: &Empty) -> bool { match *self {} }
}
#[automatically_derived]
impl ::std::cmp::Eq for Empty {
    #[doc(hidden)]
    fn assert_fields_are_eq(&self) {}
}
#[automatically_derived]
impl ::std::cmp::PartialOrd for Empty {
    #[inline]
    fn partial_cmp(&self, other: &Empty)
        -> ::std::option::Option<::std::cmp::Ordering> {
        match *self {}
    }
}
#[automatically_derived]
impl ::std::cmp::Ord for Empty {
    #[inline]
    fn cmp(&self, other: &Empty) -> ::std::cmp::Ordering { match *self {} }
}
#[automatically_derived]
impl ::std::hash::Hash for Empty {
    #[inline]
    fn hash<__H: ::std::hash::Hasher>(&self, state: &mut __H) {
        match *self {}
    }
}
struct CopyS {
    a: u8,
    b: (u8, u8),
}
#[automatically_derived]
impl ::std::clone::Clone for CopyS {
    #[inline]
    fn clone(&self) -> CopyS {
        let _: ::std::clone::AssertParamIsClone<u8>;
        let _: ::std::clone::AssertParamIsClone<(u8, u8)>;
        *self
    }
}
#[automatically_derived]
impl ::std::marker::Copy for CopyS { }
enum CopyE { A(u8), B, }
#[automatically_derived]
impl ::std::clone::Clone for CopyE {
    #[inline]
    fn clone(&self) -> CopyE {
        let _: ::std::clone::AssertParamIsClone<u8>;
        *self
    }
}
#[automatically_derived]
impl ::std::marker::Copy for CopyE { }
struct Tu(u8, String);
#[automatically_derived]
impl ::std::default::Default for Tu {
    #[inline]
    fn default() -> Tu {
        Tu(::std::default::Default::default(),
            ::std::default::Default::default())
    }
}
struct G<'a, T: ?Sized, U = u8>(&'a T, U) where U: Copy;
#[automatically_derived]
impl<'a, T: ?Sized, U> ::std::marker::StructuralPartialEq for G<'a, T, U>
    where U: Copy {
}
#[automatically_derived]
impl<'a, T: ::std::cmp::PartialEq + ?Sized, U: ::std::cmp::PartialEq>
    ::std::cmp::PartialEq for G<'a, T, U> where U: Copy {
    #[inline]
    fn eq(&self, other: &G<'a, T, U>) -> bool {
        self.0 == other.0 && self.1 == other.1
    }
}
#[automatically_derived]
impl<'a, T: ::std::cmp::PartialOrd + ?Sized, U: ::std::cmp::PartialOrd>
    ::std::cmp::PartialOrd for G<'a, T, U> where U: Copy {
    #[inline]
    fn partial_cmp(&self, other: &G<'a, T, U>)
        -> ::std::option::Option<::std::cmp::Ordering> {
        match ::std::cmp::PartialOrd::partial_cmp(&self.0, &other.0) {
            ::std::option::Option::Some(::std::cmp::Ordering::Equal) =>
                ::std::cmp::PartialOrd::partial_cmp(&self.1, &other.1),
            cmp => cmp,
        }
    }
}
trait Tr {
    type A;
}
struct Assoc<T: Tr> {
    x: T::A,
    y: Vec<T::A>,
    z: <T as Tr>::A,
}
#[automatically_derived]
impl<T: ::std::fmt::Debug + Tr> ::std::fmt::Debug for Assoc<T> where
    T::A: ::std::fmt::Debug, T::A: ::std::fmt::Debug {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        ::std::fmt::Formatter::debug_struct_field3_finish(f, "Assoc", "x",
            &self.x, "y", &self.y, "z", &&self.z)
    }
}
#[automatically_derived]
impl<T: ::std::clone::Clone + Tr> ::std::clone::Clone for Assoc<T> where
    T::A: ::std::clone::Clone, T::A: ::std::clone::Clone {
    #[inline]
    fn clone(&self) -> Assoc<T> {
        Assoc {
            x: ::std::clone::Clone::clone(&self.x),
            y: ::std::clone::Clone::clone(&self.y),
            z: ::std::clone::Clone::clone(&self.z),
        }
    }
}
#[automatically_derived]
impl<T: Tr> ::std::marker::StructuralPartialEq for Assoc<T> { }
#[automatically_derived]
impl<T: ::std::cmp::PartialEq + Tr> ::std::cmp::PartialEq for Assoc<T> where
    T::A: ::std::cmp::PartialEq, T::A: ::std::cmp::PartialEq {
    #[inline]
    fn eq(&self, other: &Assoc<T>) -> bool {
        self.x == other.x && self.y == other.y && self.z == other.z
    }
}
struct Unsized {
    a: u8,
    s: str,
}
#[automatically_derived]
impl ::std::fmt::Debug for Unsized {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        ::std::fmt::Formatter::debug_struct_field2_finish(f, "Unsized", "a",
            &self.a, "s", &&self.s)
    }
}
struct Mix {
    s: String,
    a: u8,
    v: Vec<u8>,
    b: bool,
    f: f64,
}
#[automatically_derived]
impl ::std::marker::StructuralPartialEq for Mix { }
#[automatically_derived]
impl ::std::cmp::PartialEq for Mix {
    #[inline]
    fn eq(&self, other: &Mix) -> bool {
        self.a == other.a && self.b == other.b && self.f == other.f &&
                self.s == other.s && self.v == other.v
    }
}
#[automatically_derived]
impl ::std::fmt::Debug for Mix {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        ::std::fmt::Formatter::debug_struct_field5_finish(f, "Mix", "s",
            &self.s, "a", &self.a, "v", &self.v, "b", &self.b, "f", &&self.f)
    }
}
#[automatically_derived]
impl ::std::hash::Hash for Mix {
    #[inline]
    fn hash<__H: ::std::hash::Hasher>(&self, state: &mut __H) {
        ::std::hash::Hash::hash(&self.s, state);
        ::std::hash::Hash::hash(&self.a, state);
        ::std::hash::Hash::hash(&self.v, state);
        ::std::hash::Hash::hash(&self.b, state);
        ::std::hash::Hash::hash(&self.f, state)
    }
}
#[automatically_derived]
impl ::std::clone::Clone for Mix {
    #[inline]
    fn clone(&self) -> Mix {
        Mix {
            s: ::std::clone::Clone::clone(&self.s),
            a: ::std::clone::Clone::clone(&self.a),
            v: ::std::clone::Clone::clone(&self.v),
            b: ::std::clone::Clone::clone(&self.b),
            f: ::std::clone::Clone::clone(&self.f),
        }
    }
}
enum EM {
    A {
        s: String,
        n: i32,
    },
    B(Vec<u8>, char),
}
#[automatically_derived]
impl ::std::marker::StructuralPartialEq for EM { }
#[automatically_derived]
impl ::std::cmp::PartialEq for EM {
    #[inline]
    fn eq(&self, other: &EM) -> bool {
        let __self_discr = ::std::intrinsics::discriminant_value(self);
        let __arg1_discr = ::std::intrinsics::discriminant_value(other);
        __self_discr == __arg1_discr &&
            match (self, other) {
                (EM::A { s: __self_0, n: __self_1 }, EM::A {
                    s: __arg1_0, n: __arg1_1 }) =>
                    __self_1 == __arg1_1 && __self_0 == __arg1_0,
                (EM::B(__self_0, __self_1), EM::B(__arg1_0, __arg1_1)) =>
                    __self_1 == __arg1_1 && __self_0 == __arg1_0,
                _ => unsafe { ::std::intrinsics::unreachable() }
            }
    }
}
struct Gen<'a, T: 'a + Clone, const N : usize> where T: Default {
    r: &'a [T; N],
    t: T,
}
#[automatically_derived]
impl<'a, T: ::std::fmt::Debug + 'a + Clone, const N : usize>
    ::std::fmt::Debug for Gen<'a, T, N> where T: Default {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        ::std::fmt::Formatter::debug_struct_field2_finish(f, "Gen", "r",
            &self.r, "t", &&self.t)
    }
}
#[automatically_derived]
impl<'a, T: ::std::clone::Clone + 'a + Clone, const N : usize>
    ::std::clone::Clone for Gen<'a, T, N> where T: Default {
    #[inline]
    fn clone(&self) -> Gen<'a, T, N> {
        Gen {
            r: ::std::clone::Clone::clone(&self.r),
            t: ::std::clone::Clone::clone(&self.t),
        }
    }
}
#[automatically_derived]
impl<'a, T: 'a + Clone, const N : usize> ::std::marker::StructuralPartialEq
    for Gen<'a, T, N> where T: Default {
}
#[automatically_derived]
impl<'a, T: ::std::cmp::PartialEq + 'a + Clone, const N : usize>
    ::std::cmp::PartialEq for Gen<'a, T, N> where T: Default {
    #[inline]
    fn eq(&self, other: &Gen<'a, T, N>) -> bool {
        self.r == other.r && self.t == other.t
    }
}
#[automatically_derived]
impl<'a, T: ::std::cmp::Eq + 'a + Clone, const N : usize> ::std::cmp::Eq for
    Gen<'a, T, N> where T: Default {
    #[doc(hidden)]
    fn assert_fields_are_eq(&self) {
        let _: ::std::cmp::AssertParamIsEq<&'a [T; N]>;
        let _: ::std::cmp::AssertParamIsEq<T>;
    }
}
#[automatically_derived]
impl<'a, T: ::std::hash::Hash + 'a + Clone, const N : usize>
    ::std::hash::Hash for Gen<'a, T, N> where T: Default {
    #[inline]
    fn hash<__H: ::std::hash::Hasher>(&self, state: &mut __H) {
        ::std::hash::Hash::hash(&self.r, state);
        ::std::hash::Hash::hash(&self.t, state)
    }
}
#[automatically_derived]
impl<'a, T: ::std::cmp::PartialOrd + 'a + Clone, const N : usize>
    ::std::cmp::PartialOrd for Gen<'a, T, N> where T: Default {
    #[inline]
    fn partial_cmp(&self, other: &Gen<'a, T, N>)
        -> ::std::option::Option<::std::cmp::Ordering> {
        match ::std::cmp::PartialOrd::partial_cmp(&self.r, &other.r) {
            ::std::option::Option::Some(::std::cmp::Ordering::Equal) =>
                ::std::cmp::PartialOrd::partial_cmp(&self.t, &other.t),
            cmp => cmp,
        }
    }
}
#[automatically_derived]
impl<'a, T: ::std::cmp::Ord + 'a + Clone, const N : usize> ::std::cmp::Ord
    for Gen<'a, T, N> where T: Default {
    #[inline]
    fn cmp(&self, other: &Gen<'a, T, N>) -> ::std::cmp::Ordering {
        match ::std::cmp::Ord::cmp(&self.r, &other.r) {
            ::std::cmp::Ordering::Equal =>
                ::std::cmp::Ord::cmp(&self.t, &other.t),
            cmp => cmp,
        }
    }
}
struct Kw {
    r#type: u8,
    r#match: u8,
}
#[automatically_derived]
impl ::std::fmt::Debug for Kw {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        ::std::fmt::Formatter::debug_struct_field2_finish(f, "Kw", "type",
            &self.r#type, "match", &&self.r#match)
    }
}
#[automatically_derived]
impl ::std::clone::Clone for Kw {
    #[inline]
    fn clone(&self) -> Kw {
        let _: ::std::clone::AssertParamIsClone<u8>;
        *self
    }
}
#[automatically_derived]
impl ::std::marker::Copy for Kw { }
#[automatically_derived]
impl ::std::marker::StructuralPartialEq for Kw { }
#[automatically_derived]
impl ::std::cmp::PartialEq for Kw {
    #[inline]
    fn eq(&self, other: &Kw) -> bool {
        self.r#type == other.r#type && self.r#match == other.r#match
    }
}
#[automatically_derived]
impl ::std::cmp::Eq for Kw {
    #[doc(hidden)]
    fn assert_fields_are_eq(&self) {
        let _: ::std::cmp::AssertParamIsEq<u8>;
    }
}
#[automatically_derived]
impl ::std::hash::Hash for Kw {
    #[inline]
    fn hash<__H: ::std::hash::Hasher>(&self, state: &mut __H) {
        ::std::hash::Hash::hash(&self.r#type, state);
        ::std::hash::Hash::hash(&self.r#match, state)
    }
}
#[automatically_derived]
impl ::std::cmp::PartialOrd for Kw {
    #[inline]
    fn partial_cmp(&self, other: &Kw)
        -> ::std::option::Option<::std::cmp::Ordering> {
        match ::std::cmp::PartialOrd::partial_cmp(&self.r#type,
                &other.r#type) {
            ::std::option::Option::Some(::std::cmp::Ordering::Equal) =>
                ::std::cmp::PartialOrd::partial_cmp(&self.r#match,
                    &other.r#match),
            cmp => cmp,
        }
    }
}
#[automatically_derived]
impl ::std::cmp::Ord for Kw {
    #[inline]
    fn cmp(&self, other: &Kw) -> ::std::cmp::Ordering {
        match ::std::cmp::Ord::cmp(&self.r#type, &other.r#type) {
            ::std::cmp::Ordering::Equal =>
                ::std::cmp::Ord::cmp(&self.r#match, &other.r#match),
            cmp => cmp,
        }
    }
}
#[automatically_derived]
impl ::std::default::Default for Kw {
    #[inline]
    fn default() -> Kw {
        Kw {
            r#type: ::std::default::Default::default(),
            r#match: ::std::default::Default::default(),
        }
    }
}
enum Nested<T> { Leaf(T), Node(Box<Nested<T>>, Box<Nested<T>>), }
#[automatically_derived]
impl<T: ::std::fmt::Debug> ::std::fmt::Debug for Nested<T> {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        match self {
            Nested::Leaf(__self_0) =>
                ::std::fmt::Formatter::debug_tuple_field1_finish(f, "Leaf",
                    &__self_0),
            Nested::Node(__self_0, __self_1) =>
                ::std::fmt::Formatter::debug_tuple_field2_finish(f, "Node",
                    __self_0, &__self_1),
        }
    }
}
#[automatically_derived]
impl<T: ::std::clone::Clone> ::std::clone::Clone for Nested<T> {
    #[inline]
    fn clone(&self) -> Nested<T> {
        match self {
            Nested::Leaf(__self_0) =>
                Nested::Leaf(::std::clone::Clone::clone(__self_0)),
            Nested::Node(__self_0, __self_1) =>
                Nested::Node(::std::clone::Clone::clone(__self_0),
                    ::std::clone::Clone::clone(__self_1)),
        }
    }
}
struct Point<T> {
    x: T,
    y: i32,
}
#[automatically_derived]
impl<T: ::std::fmt::Debug> ::std::fmt::Debug for Point<T> {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        ::std::fmt::Formatter::debug_struct_field2_finish(f, "Point", "x",
            &self.x, "y", &&self.y)
    }
}
#[automatically_derived]
impl<T: ::std::clone::Clone> ::std::clone::Clone for Point<T> {
    #[inline]
    fn clone(&self) -> Point<T> {
        Point {
            x: ::std::clone::Clone::clone(&self.x),
            y: ::std::clone::Clone::clone(&self.y),
        }
    }
}
#[automatically_derived]
impl<T> ::std::marker::StructuralPartialEq for Point<T> { }
#[automatically_derived]
impl<T: ::std::cmp::PartialEq> ::std::cmp::PartialEq for Point<T> {
    #[inline]
    fn eq(&self, other: &Point<T>) -> bool {
        self.y == other.y && self.x == other.x
    }
}
enum Color {

    #[default]
    Red,
    Green,
    Rgb(u8, u8, u8),
}
#[automatically_derived]
impl ::std::fmt::Debug for Color {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        match self {
            Color::Red => ::std::fmt::Formatter::write_str(f, "Red"),
            Color::Green => ::std::fmt::Formatter::write_str(f, "Green"),
            Color::Rgb(__self_0, __self_1, __self_2) =>
                ::std::fmt::Formatter::debug_tuple_field3_finish(f, "Rgb",
                    __self_0, __self_1, &__self_2),
        }
    }
}
#[automatically_derived]
impl ::std::clone::Clone for Color {
    #[inline]
    fn clone(&self) -> Color {
        let _: ::std::clone::AssertParamIsClone<u8>;
        *self
    }
}
#[automatically_derived]
impl ::std::marker::Copy for Color { }
#[automatically_derived]
impl ::std::marker::StructuralPartialEq for Color { }
#[automatically_derived]
impl ::std::cmp::PartialEq for Color {
    #[inline]
    fn eq(&self, other: &Color) -> bool {
        let __self_discr = ::std::intrinsics::discriminant_value(self);
        let __arg1_discr = ::std::intrinsics::discriminant_value(other);
        __self_discr == __arg1_discr &&
            match (self, other) {
                (Color::Rgb(__self_0, __self_1, __self_2),
                    Color::Rgb(__arg1_0, __arg1_1, __arg1_2)) =>
                    __self_0 == __arg1_0 && __self_1 == __arg1_1 &&
                        __self_2 == __arg1_2,
                _ => true,
            }
    }
}
#[automatically_derived]
impl ::std::cmp::Eq for Color {
    #[doc(hidden)]
    fn assert_fields_are_eq(&self) {
        let _: ::std::cmp::AssertParamIsEq<u8>;
    }
}
#[automatically_derived]
impl ::std::cmp::PartialOrd for Color {
    #[inline]
    fn partial_cmp(&self, other: &Color)
        -> ::std::option::Option<::std::cmp::Ordering> {
        let __self_discr = ::std::intrinsics::discriminant_value(self);
        let __arg1_discr = ::std::intrinsics::discriminant_value(other);
        match (self, other) {
            (Color::Rgb(__self_0, __self_1, __self_2),
                Color::Rgb(__arg1_0, __arg1_1, __arg1_2)) =>
                match ::std::cmp::PartialOrd::partial_cmp(__self_0, __arg1_0)
                    {
                    ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                        =>
                        match ::std::cmp::PartialOrd::partial_cmp(__self_1,
                                __arg1_1) {
                            ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                                => ::std::cmp::PartialOrd::partial_cmp(__self_2, __arg1_2),
                            cmp => cmp,
                        },
                    cmp => cmp,
                },
            _ =>
                ::std::cmp::PartialOrd::partial_cmp(&__self_discr,
                    &__arg1_discr),
        }
    }
}
#[automatically_derived]
impl ::std::cmp::Ord for Color {
    #[inline]
    fn cmp(&self, other: &Color) -> ::std::cmp::Ordering {
        let __self_discr = ::std::intrinsics::discriminant_value(self);
        let __arg1_discr = ::std::intrinsics::discriminant_value(other);
        match ::std::cmp::Ord::cmp(&__self_discr, &__arg1_discr) {
            ::std::cmp::Ordering::Equal =>
                match (self, other) {
                    (Color::Rgb(__self_0, __self_1, __self_2),
                        Color::Rgb(__arg1_0, __arg1_1, __arg1_2)) =>
                        match ::std::cmp::Ord::cmp(__self_0, __arg1_0) {
                            ::std::cmp::Ordering::Equal =>
                                match ::std::cmp::Ord::cmp(__self_1, __arg1_1) {
                                    ::std::cmp::Ordering::Equal =>
                                        ::std::cmp::Ord::cmp(__self_2, __arg1_2),
                                    cmp => cmp,
                                },
                            cmp => cmp,
                        },
                    _ => ::std::cmp::Ordering::Equal,
                },
            cmp => cmp,
        }
    }
}
#[automatically_derived]
impl ::std::hash::Hash for Color {
    #[inline]
    fn hash<__H: ::std::hash::Hasher>(&self, state: &mut __H) {
        let __self_discr = ::std::intrinsics::discriminant_value(self);
        ::std::hash::Hash::hash(&__self_discr, state);
        match self {
            Color::Rgb(__self_0, __self_1, __self_2) => {
                ::std::hash::Hash::hash(__self_0, state);
                ::std::hash::Hash::hash(__self_1, state);
                ::std::hash::Hash::hash(__self_2, state)
            }
            _ => {}
        }
    }
}
#[automatically_derived]
impl ::std::default::Default for Color {
    #[inline]
    fn default() -> Color { Self::Red }
}
enum Shape<'a, T: Copy, const N : usize> where T: Default {
    Unit,
    Pair(i32, &'a T),
    Named {
        s: String,
        a: [u8; N],
    },
}
#[automatically_derived]
impl<'a, T: ::std::fmt::Debug + Copy, const N : usize> ::std::fmt::Debug for
    Shape<'a, T, N> where T: Default {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
        match self {
            Shape::Unit => ::std::fmt::Formatter::write_str(f, "Unit"),
            Shape::Pair(__self_0, __self_1) =>
                ::std::fmt::Formatter::debug_tuple_field2_finish(f, "Pair",
                    __self_0, &__self_1),
            Shape::Named { s: __self_0, a: __self_1 } =>
                ::std::fmt::Formatter::debug_struct_field2_finish(f, "Named",
                    "s", __self_0, "a", &__self_1),
        }
    }
}
#[automatically_derived]
impl<'a, T: ::std::clone::Clone + Copy, const N : usize> ::std::clone::Clone
    for Shape<'a, T, N> where T: Default {
    #[inline]
    fn clone(&self) -> Shape<'a, T, N> {
        match self {
            Shape::Unit => Shape::Unit,
            Shape::Pair(__self_0, __self_1) =>
                Shape::Pair(::std::clone::Clone::clone(__self_0),
                    ::std::clone::Clone::clone(__self_1)),
            Shape::Named { s: __self_0, a: __self_1 } =>
                Shape::Named {
                    s: ::std::clone::Clone::clone(__self_0),
                    a: ::std::clone::Clone::clone(__self_1),
                },
        }
    }
}
#[automatically_derived]
impl<'a, T: Copy, const N : usize> ::std::marker::StructuralPartialEq for
    Shape<'a, T, N> where T: Default {
}
#[automatically_derived]
impl<'a, T: ::std::cmp::PartialEq + Copy, const N : usize>
    ::std::cmp::PartialEq for Shape<'a, T, N> where T: Default {
    #[inline]
    fn eq(&self, other: &Shape<'a, T, N>) -> bool {
        let __self_discr = ::std::intrinsics::discriminant_value(self);
        let __arg1_discr = ::std::intrinsics::discriminant_value(other);
        __self_discr == __arg1_discr &&
            match (self, other) {
                (Shape::Pair(__self_0, __self_1),
                    Shape::Pair(__arg1_0, __arg1_1)) =>
                    __self_0 == __arg1_0 && __self_1 == __arg1_1,
                (Shape::Named { s: __self_0, a: __self_1 }, Shape::Named {
                    s: __arg1_0, a: __arg1_1 }) =>
                    __self_0 == __arg1_0 && __self_1 == __arg1_1,
                _ => true,
            }
    }
}
#[automatically_derived]
impl<'a, T: ::std::cmp::Eq + Copy, const N : usize> ::std::cmp::Eq for
    Shape<'a, T, N> where T: Default {
    #[doc(hidden)]
    fn assert_fields_are_eq(&self) {
        let _: ::std::cmp::AssertParamIsEq<i32>;
        let _: ::std::cmp::AssertParamIsEq<&'a T>;
        let _: ::std::cmp::AssertParamIsEq<String>;
        let _: ::std::cmp::AssertParamIsEq<[u8; N]>;
    }
}
#[automatically_derived]
impl<'a, T: ::std::cmp::PartialOrd + Copy, const N : usize>
    ::std::cmp::PartialOrd for Shape<'a, T, N> where T: Default {
    #[inline]
    fn partial_cmp(&self, other: &Shape<'a, T, N>)
        -> ::std::option::Option<::std::cmp::Ordering> {
        let __self_discr = ::std::intrinsics::discriminant_value(self);
        let __arg1_discr = ::std::intrinsics::discriminant_value(other);
        match (self, other) {
            (Shape::Pair(__self_0, __self_1), Shape::Pair(__arg1_0, __arg1_1))
                =>
                match ::std::cmp::PartialOrd::partial_cmp(__self_0, __arg1_0)
                    {
                    ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                        => ::std::cmp::PartialOrd::partial_cmp(__self_1, __arg1_1),
                    cmp => cmp,
                },
            (Shape::Named { s: __self_0, a: __self_1 }, Shape::Named {
                s: __arg1_0, a: __arg1_1 }) =>
                match ::std::cmp::PartialOrd::partial_cmp(__self_0, __arg1_0)
                    {
                    ::std::option::Option::Some(::std::cmp::Ordering::Equal)
                        => ::std::cmp::PartialOrd::partial_cmp(__self_1, __arg1_1),
                    cmp => cmp,
                },
            _ =>
                ::std::cmp::PartialOrd::partial_cmp(&__self_discr,
                    &__arg1_discr),
        }
    }
}
#[automatically_derived]
impl<'a, T: ::std::cmp::Ord + Copy, const N : usize> ::std::cmp::Ord for
    Shape<'a, T, N> where T: Default {
    #[inline]
    fn cmp(&self, other: &Shape<'a, T, N>) -> ::std::cmp::Ordering {
        let __self_discr = ::std::intrinsics::discriminant_value(self);
        let __arg1_discr = ::std::intrinsics::discriminant_value(other);
        match ::std::cmp::Ord::cmp(&__self_discr, &__arg1_discr) {
            ::std::cmp::Ordering::Equal =>
                match (self, other) {
                    (Shape::Pair(__self_0, __self_1),
                        Shape::Pair(__arg1_0, __arg1_1)) =>
                        match ::std::cmp::Ord::cmp(__self_0, __arg1_0) {
                            ::std::cmp::Ordering::Equal =>
                                ::std::cmp::Ord::cmp(__self_1, __arg1_1),
                            cmp => cmp,
                        },
                    (Shape::Named { s: __self_0, a: __self_1 }, Shape::Named {
                        s: __arg1_0, a: __arg1_1 }) =>
                        match ::std::cmp::Ord::cmp(__self_0, __arg1_0) {
                            ::std::cmp::Ordering::Equal =>
                                ::std::cmp::Ord::cmp(__self_1, __arg1_1),
                            cmp => cmp,
                        },
                    _ => ::std::cmp::Ordering::Equal,
                },
            cmp => cmp,
        }
    }
}
#[automatically_derived]
impl<'a, T: ::std::hash::Hash + Copy, const N : usize> ::std::hash::Hash for
    Shape<'a, T, N> where T: Default {
    #[inline]
    fn hash<__H: ::std::hash::Hasher>(&self, state: &mut __H) {
        let __self_discr = ::std::intrinsics::discriminant_value(self);
        ::std::hash::Hash::hash(&__self_discr, state);
        match self {
            Shape::Pair(__self_0, __self_1) => {
                ::std::hash::Hash::hash(__self_0, state);
                ::std::hash::Hash::hash(__self_1, state)
            }
            Shape::Named { s: __self_0, a: __self_1 } => {
                ::std::hash::Hash::hash(__self_0, state);
                ::std::hash::Hash::hash(__self_1, state)
            }
            _ => {}
        }
    }
}
struct Tuple(u8, String);
#[automatically_derived]
impl ::std::default::Default for Tuple {
    #[inline]
    fn default() -> Tuple {
        Tuple(::std::default::Default::default(),
            ::std::default::Default::default())
    }
}
#[automatically_derived]
impl ::std::hash::Hash for Tuple {
    #[inline]
    fn hash<__H: ::std::hash::Hasher>(&self, state: &mut __H) {
        ::std::hash::Hash::hash(&self.0, state);
        ::std::hash::Hash::hash(&self.1, state)
    }
}
#[automatically_derived]
impl ::std::cmp::Eq for Tuple {
    #[doc(hidden)]
    fn assert_fields_are_eq(&self) {
        let _: ::std::cmp::AssertParamIsEq<u8>;
        let _: ::std::cmp::AssertParamIsEq<String>;
    }
}
#[automatically_derived]
impl ::std::marker::StructuralPartialEq for Tuple { }
#[automatically_derived]
impl ::std::cmp::PartialEq for Tuple {
    #[inline]
    fn eq(&self, other: &Tuple) -> bool {
        self.0 == other.0 && self.1 == other.1
    }
}
fn main() {}
