package main

func main() {
	x := [
	y := [
	z := [
	a := [
	b := [
	c := [
	d := [
	e := [
	f := [
	g := [
	h := [
}
