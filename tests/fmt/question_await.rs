async fn f() -> Result<(), E> {
    let a = g()?;
    let b = h().await?;
    let c = i().await?.j().await?;
    let d = k(l()?, m().await?)?;
    let e = some_very_long_function_name_here(argument).await?.another_method_call_on_it()?;
    Ok(())
}
