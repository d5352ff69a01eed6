// Stylesheets mean nothing in jsdom; imports of *.scss / *.css resolve here.
export default {};
